// SPDX-License-Identifier: Apache-2.0
'use strict';
// Node's Buffer: a Uint8Array subclass with encodings, a small-allocation pool and numeric
// accessors. Codecs live in internal/buffer/codecs, numeric accessors in internal/buffer/numbers,
// search/compare/copy in internal/buffer/ops, Blob/atob/btoa/isUtf8 in internal/buffer/extras.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_ENCODING, ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_BUFFER_SIZE },
} = require('internal/errors');
const {
  isAnyArrayBuffer, isUint8Array, isArrayBufferView, validateNumber, validateString, validateArray,
} = require('internal/buffer/validate');
const codecs = require('internal/buffer/codecs');
const { getEncodingOps, normalizeEncoding } = codecs;
const numbers = require('internal/buffer/numbers');
const ops = require('internal/buffer/ops');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;
const customInspect = Symbol.for('nodejs.util.inspect.custom');
let INSPECT_MAX_BYTES = 50;

let hostBinding = null;
try {
  hostBinding = typeof internalBinding === 'function' ? internalBinding('buffer') : null;
} catch {
  hostBinding = null; // plain JS is complete; the binding only speeds up large conversions
}
if (hostBinding) codecs.useHost(hostBinding);

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(a, b, c) { super(a, b, c); }
}

let deprecationShown = false;

// DEP0005, once per process, and only for calls that do not come from node_modules (as Node does).
function warnDeprecatedConstructor() {
  if (deprecationShown || typeof process === 'undefined' || typeof process.emitWarning !== 'function') return;
  const stack = new Error().stack || '';
  if (stack.includes('node_modules')) return;
  deprecationShown = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
}

/** Deprecated constructor form; `new Buffer(n)` is zero-filled as in Node >= 8. */
function Buffer(arg, encodingOrOffset, length) {
  warnDeprecatedConstructor();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Object.defineProperty(Buffer, 'name', { value: 'Buffer' });
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(Buffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);
// Typed-array methods that build a new array (subarray, map, filter) make FastBuffers.
Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, configurable: true });

Buffer.poolSize = 8 * 1024;
let poolSize;
let poolOffset;
let allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  poolOffset = 0;
}
createPool();

function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function assertSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  assertSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    return fillImpl(new FastBuffer(size), fill, 0, Math.trunc(size), encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  assertSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  assertSize(size);
  return new FastBuffer(size);
};

function SlowBuffer(size) {
  assertSize(size);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function fromStringFast(string, enc) {
  const length = enc.byteLength(string);
  if (length >= (Buffer.poolSize >>> 1)) {
    const b = new FastBuffer(length);
    const actual = enc.write(b, string, 0, length);
    return actual === length ? b : new FastBuffer(b.buffer, 0, actual);
  }
  if (length > poolSize - poolOffset) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = enc.write(b, string, 0, length);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromString(string, encoding) {
  let enc;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    enc = getEncodingOps('utf8');
  } else {
    enc = getEncodingOps(encoding);
    if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, enc);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) byteOffset = 0;
  else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) length = maxLength;
  else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else length = 0;
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  const len = obj.length;
  if (len <= 0) return new FastBuffer();
  const b = allocate(len);
  if (ArrayBuffer.isView(obj)) b.set(isUint8Array(obj) ? obj : new Uint8Array(Array.prototype.slice.call(obj)));
  else for (let i = 0; i < len; i++) b[i] = obj[i];
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.of = function of(...items) { return fromArrayLike(items); };

Buffer.isBuffer = function isBuffer(b) { return b instanceof Buffer; };

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return ops.compareRange(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) if (list[i].length) length += list[i].length;
  } else ops.validateOffset(length, 'length');
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    pos += ops.copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) buffer.fill(0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const mustMatch = arguments.length > 2 && arguments[2] === true;
  if (!mustMatch && string.length === 0) return 0;
  if (!encoding) return mustMatch ? -1 : codecs.utf8ByteLength(string);
  const enc = getEncodingOps(encoding);
  if (enc === undefined) return mustMatch ? -1 : codecs.utf8ByteLength(string);
  return enc.byteLength(string);
}
Buffer.byteLength = byteLength;

// --- prototype -------------------------------------------------------------------------------

const proto = Buffer.prototype;

Object.defineProperty(proto, 'parent', {
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

// The per-encoding slice/write methods Node exposes (buf.utf8Slice, buf.hexWrite, ...).
for (const [name, key] of [['utf8', 'utf8'], ['ucs2', 'ucs2'], ['latin1', 'latin1'], ['ascii', 'ascii'],
  ['base64', 'base64'], ['base64url', 'base64url'], ['hex', 'hex']]) {
  const enc = getEncodingOps(key);
  proto[`${name}Slice`] = function (start = 0, end = this.length) {
    if (start < 0 || end > this.length || start > end) throw new ERR_BUFFER_OUT_OF_BOUNDS('');
    return enc.slice(this, start, end);
  };
  proto[`${name}Write`] = function (string, offset = 0, length = this.length - offset) {
    if (typeof string !== 'string') throw notAString();
    if (offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    return enc.write(this, string, offset, Math.min(length, this.length - offset));
  };
}

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return getEncodingOps('utf8').slice(this, 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return getEncodingOps('utf8').slice(this, start, end);
  const enc = getEncodingOps(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return enc.slice(this, start, end);
};
proto.toLocaleString = proto.toString;

// The binding-level message Node gives for a non-string, kept for programs that match on it.
function notAString() {
  const err = new TypeError('argument must be a string');
  Object.defineProperty(err, 'code', { value: 'ERR_INVALID_ARG_TYPE', enumerable: true, writable: true, configurable: true });
  return err;
}

proto.write = function write(string, offset, length, encoding) {
  if (typeof string !== 'string') throw notAString();
  if (offset === undefined) return getEncodingOps('utf8').write(this, string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    ops.validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) length = remaining;
    else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      ops.validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding) return getEncodingOps('utf8').write(this, string, offset, length);
  const enc = getEncodingOps(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return enc.write(this, string, offset, length);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return ops.compareRange(this, 0, this.length, otherBuffer, 0, otherBuffer.length) === 0;
};

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return ops.compareRange(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else ops.validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else ops.validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else ops.validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else ops.validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return ops.compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
};

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return ops.copyImpl(this, target, targetStart, sourceStart, sourceEnd);
};

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return ops.bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return ops.bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

function fillImpl(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) value = 0;
    else if (value.length === 1) {
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') value = value.charCodeAt(0);
    }
  } else encoding = undefined;

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    ops.validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else ops.validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    if (offset > end || end > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }
  let bytes;
  if (typeof value === 'string') bytes = fromString(value, encoding);
  else if (isArrayBufferView(value)) bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  else {
    Uint8Array.prototype.fill.call(buf, (+value >>> 0) & 255, offset, end);
    return buf;
  }
  if (bytes.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  if (end > buf.length) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  if (bytes.buffer === buf.buffer) bytes = bytes.slice();
  for (let p = offset; p < end; p += bytes.length) {
    const n = Math.min(bytes.length, end - p);
    buf.set(n === bytes.length ? bytes : bytes.subarray(0, n), p);
  }
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

proto.slice = function slice(start, end) {
  const len = this.length;
  start = adjustOffset(start, len);
  end = end !== undefined ? adjustOffset(end, len) : len;
  return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
};

proto.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; i++) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function swapper(size) {
  return function () {
    const len = this.length;
    if (len % size !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${size * 8}-bits`);
    for (let i = 0; i < len; i += size) {
      for (let a = i, b = i + size - 1; a < b; a++, b--) {
        const t = this[a];
        this[a] = this[b];
        this[b] = t;
      }
    }
    return this;
  };
}
proto.swap16 = swapper(2);
proto.swap32 = swapper(4);
proto.swap64 = swapper(8);

numbers.install(proto);

proto[customInspect] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const shown = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = codecs.hexSlice(this, 0, shown).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const extra = {};
    let any = false;
    for (const key of Object.keys(this)) {
      if (/^\d+$/.test(key)) continue;
      any = true;
      extra[key] = this[key];
    }
    if (any) {
      const { inspect: utilInspect } = require('internal/util/inspect');
      if (this.length !== 0) str += ', ';
      str += utilInspect(extra, { ...ctx, breakLength: Infinity, compact: true }).slice(2, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};

const extras = require('internal/buffer/extras');
const { Blob, File, resolveObjectURL, atob, btoa, isUtf8, isAscii } = extras;

function transcode(source, fromEncoding, toEncoding) {
  return extras.transcode(Buffer, source, fromEncoding, toEncoding);
}

const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});

module.exports = {
  Buffer, SlowBuffer, transcode, isUtf8, isAscii, kMaxLength, kStringMaxLength, btoa, atob,
  constants, Blob, File, resolveObjectURL,
};
Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  configurable: true, enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(v) { validateNumber(v, 'INSPECT_MAX_BYTES', 0); INSPECT_MAX_BYTES = v; },
});
// Internal users (string_decoder, encoding, crypto) build buffers without the public checks.
Object.defineProperty(module.exports, 'FastBuffer', { value: FastBuffer, enumerable: false });
