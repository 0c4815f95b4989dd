// SPDX-License-Identifier: Apache-2.0
'use strict';
// zlib: Deflate/Inflate/Gzip/Gunzip/DeflateRaw/InflateRaw/Unzip and BrotliCompress/BrotliDecompress
// as Transform streams, their one-shot forms (callback and sync) and crc32. Options are checked here
// with Node's messages; the binding (builtins/zlib) does the work with java.util.zip and brotli4j,
// on the worker pool for streams and callbacks, on the loop for the Sync forms.

const { Buffer, kMaxLength } = require('buffer');
const { Transform, finished } = require('stream');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE }, define,
} = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer, validateFunction, validateNumber } = require('internal/buffer/validate');
const constants = require('internal/zlib/constants');

const binding = internalBinding('zlib');
const ERR_BUFFER_TOO_LARGE = define('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
const ERR_BROTLI_INVALID_PARAM = define('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);
const ERR_ZLIB_INITIALIZATION_FAILED = define('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);
const ERR_BROTLI_UNAVAILABLE = define('ERR_BROTLI_UNAVAILABLE',
  (why) => `Brotli is not available in this build of Bramble: ${why}`, Error);

const {
  Z_NO_FLUSH, Z_BLOCK, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_MIN_CHUNK, Z_DEFAULT_CHUNK, Z_MIN_WINDOWBITS,
  Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION, Z_MIN_MEMLEVEL,
  Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY, Z_FIXED, DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW,
  INFLATERAW, UNZIP, BROTLI_DECODE, BROTLI_ENCODE, BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH,
  BROTLI_OPERATION_FINISH, BROTLI_OPERATION_EMIT_METADATA,
} = constants;

// zlib's return codes by name and by number, as zlib.codes.
const codes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;
Object.freeze(codes);

binding.init((message, errno, code) => {
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  return err;
});

// ---- option checks ----

function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  return number;
}

function toBuffer(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (isArrayBufferView(buffer)) return buffer;
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// The binding takes (arrayBuffer, offset, length): one bulk copy on the Java side.
function span(view) {
  return [view.buffer, view.byteOffset, view.byteLength];
}

const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');
const kFlushBuffers = [];
for (let i = 0; i <= BROTLI_OPERATION_EMIT_METADATA + Z_BLOCK; i++) {
  kFlushBuffers[i] = Buffer.alloc(0);
  kFlushBuffers[i][kFlushFlag] = i;
}

// The flush that does more wins, as zlib's ordering of flush modes goes.
function maxFlush(a, b) {
  const order = [0, 1, 2, 4, 5, 3];
  return order[a] > order[b] ? a : b;
}

// ---- ZlibBase: the Transform over a binding handle ----

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  const brotli = mode === BROTLI_ENCODE || mode === BROTLI_DECODE;
  const [lo, hi] = brotli ? [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA] : [Z_NO_FLUSH, Z_BLOCK];
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) chunkSize = Z_DEFAULT_CHUNK;
    else if (chunkSize < Z_MIN_CHUNK) throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', lo, hi, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', lo, hi, finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  Reflect.apply(Transform, this, [{ autoDestroy: true, ...opts }]);
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle(chunkSize);
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

ZlibBase.prototype.reset = function () {
  if (!this._handle) throw new Error('zlib binding closed');
  return this._handle.reset();
};

ZlibBase.prototype._flush = function (callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype.flush = function (kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function (callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function (err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function (chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  const state = this._writableState;
  if ((state.ending || state.ended) && state.length === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  this._processChunk(chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function (chunk, flushFlag, cb) {
  if (typeof cb === 'function') return processChunk(this, chunk, flushFlag, cb);
  return processChunkSync(this, chunk, flushFlag);
};

function closeHandle(engine) {
  if (engine._handle) engine._handle.close();
  engine._handle = null;
}

function processChunk(self, chunk, flushFlag, cb) {
  if (!self._handle) return process.nextTick(cb);
  self._handle.write(...span(chunk), flushFlag, (err, out) => {
    if (self.destroyed) return;
    if (err) {
      self[kError] = err;
      self.destroy(err);
      return;
    }
    self.bytesWritten += chunk.byteLength;
    for (const bb of Array.from(out)) self.push(Buffer.from(new ArrayBuffer(bb)));
    cb();
  });
}

function processChunkSync(self, chunk, flushFlag) {
  let out;
  try {
    out = Array.from(self._handle.writeSync(...span(chunk), flushFlag));
  } catch (err) {
    self[kError] = err;
    closeHandle(self);
    throw err;
  }
  self.bytesWritten = chunk.byteLength;
  let nread = 0;
  const buffers = [];
  for (const bb of out) {
    const b = Buffer.from(new ArrayBuffer(bb));
    nread += b.length;
    if (nread > self._maxOutputLength) {
      closeHandle(self);
      throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
    }
    buffers.push(b);
  }
  closeHandle(self);
  if (nread === 0) return Buffer.alloc(0);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

// ---- zlib and brotli streams ----

const zlibDefaultOpts = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH };
const brotliDefaultOpts = { flush: BROTLI_OPERATION_PROCESS, finishFlush: BROTLI_OPERATION_FINISH, fullFlush: BROTLI_OPERATION_FLUSH };

function Zlib(opts, mode) {
  let level = Z_DEFAULT_COMPRESSION;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary = null;
  if (opts) {
    // windowBits 0 on the inflating side means "as the stream's header says". Java's zlib always
    // uses a 32 KiB window, which reads any window size.
    if (!((opts.windowBits == null || opts.windowBits === 0) && (mode === INFLATE || mode === GUNZIP || mode === UNZIP))) {
      const min = Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', min, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);
    if (opts.dictionary !== undefined) {
      dictionary = opts.dictionary;
      if (!isArrayBufferView(dictionary)) {
        if (!isAnyArrayBuffer(dictionary)) {
          throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
        }
        dictionary = Buffer.from(dictionary);
      }
      dictionary = bytesOf(dictionary);
    }
  }
  const handle = (chunkSize) => binding.create(mode, level, strategy, dictionary, chunkSize);
  Reflect.apply(ZlibBase, this, [opts, mode, handle, zlibDefaultOpts]);
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      if (!this._handle) return;
      this._handle.params(level, strategy);
      this._level = level;
      this._strategy = strategy;
      if (callback) callback();
    });
  } else if (callback) {
    process.nextTick(callback);
  }
};

function zlibClass(name, mode) {
  const C = {
    [name]: function (opts) {
      if (!(this instanceof C)) return new C(opts);
      Reflect.apply(Zlib, this, [opts, mode]);
    },
  }[name];
  Object.setPrototypeOf(C.prototype, Zlib.prototype);
  Object.setPrototypeOf(C, Zlib);
  return C;
}

const Deflate = zlibClass('Deflate', DEFLATE);
const Inflate = zlibClass('Inflate', INFLATE);
const Gzip = zlibClass('Gzip', GZIP);
const Gunzip = zlibClass('Gunzip', GUNZIP);
const DeflateRaw = zlibClass('DeflateRaw', DEFLATERAW);
const InflateRaw = zlibClass('InflateRaw', INFLATERAW);
const Unzip = zlibClass('Unzip', UNZIP);

const kMaxBrotliParam = 9;

function Brotli(opts, mode) {
  const params = new Array(kMaxBrotliParam + 1).fill(-1);
  if (opts?.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam || params[key] !== -1) {
        throw new ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', opts.params[origKey]);
      }
      params[key] = Number(value);
    }
  }
  const handle = (chunkSize) => {
    const h = binding.createBrotli(mode, params, chunkSize);
    if (h == null) throw new ERR_BROTLI_UNAVAILABLE(binding.brotliUnavailable());
    return h;
  };
  Reflect.apply(ZlibBase, this, [opts, mode, handle, brotliDefaultOpts]);
}
Object.setPrototypeOf(Brotli.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Brotli, ZlibBase);

function brotliClass(name, mode) {
  const C = {
    [name]: function (opts) {
      if (!(this instanceof C)) return new C(opts);
      Reflect.apply(Brotli, this, [opts, mode]);
    },
  }[name];
  Object.setPrototypeOf(C.prototype, Brotli.prototype);
  Object.setPrototypeOf(C, Brotli);
  return C;
}

const BrotliCompress = brotliClass('BrotliCompress', BROTLI_ENCODE);
const BrotliDecompress = brotliClass('BrotliDecompress', BROTLI_DECODE);

// ---- one-shot forms ----

function zlibBufferSync(engine, buffer) {
  buffer = processChunkSync(engine, toBuffer(buffer), engine._finishFlushFlag);
  return engine._info ? { buffer, engine } : buffer;
}

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  buffer = toBuffer(buffer);
  const buffers = [];
  let nread = 0;
  engine.on('data', function (chunk) {
    buffers.push(chunk);
    nread += chunk.length;
    if (nread > this._maxOutputLength) this.destroy(new ERR_BUFFER_TOO_LARGE(this._maxOutputLength));
  });
  engine.on('error', (err) => {
    engine.removeAllListeners('end');
    callback(err);
  });
  engine.on('end', function () {
    const result = Buffer.concat(buffers, nread);
    this.close();
    callback(null, engine._info ? { buffer: result, engine } : result);
  });
  engine.end(buffer);
}

function convenience(ctor, sync) {
  if (sync) return (buffer, opts) => zlibBufferSync(new ctor(opts), buffer);
  return (buffer, opts, callback) => {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new ctor(opts), buffer, callback);
  };
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateInteger32(value);
  return binding.crc32(typeof data === 'string' ? Buffer.from(data) : bytesOf(data), value);
}

function validateInteger32(value) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE('value', 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE('value', 'an integer', value);
  if (value < 0 || value > 4294967295) throw new ERR_OUT_OF_RANGE('value', '>= 0 && <= 4294967295', value);
}

const classes = { Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress };
const factory = (C) => (options) => new C(options);

module.exports = {
  crc32,
  ...classes,
  deflate: convenience(Deflate, false),
  deflateSync: convenience(Deflate, true),
  gzip: convenience(Gzip, false),
  gzipSync: convenience(Gzip, true),
  deflateRaw: convenience(DeflateRaw, false),
  deflateRawSync: convenience(DeflateRaw, true),
  unzip: convenience(Unzip, false),
  unzipSync: convenience(Unzip, true),
  inflate: convenience(Inflate, false),
  inflateSync: convenience(Inflate, true),
  gunzip: convenience(Gunzip, false),
  gunzipSync: convenience(Gunzip, true),
  inflateRaw: convenience(InflateRaw, false),
  inflateRawSync: convenience(InflateRaw, true),
  brotliCompress: convenience(BrotliCompress, false),
  brotliCompressSync: convenience(BrotliCompress, true),
  brotliDecompress: convenience(BrotliDecompress, false),
  brotliDecompressSync: convenience(BrotliDecompress, true),
  createDeflate: factory(Deflate),
  createInflate: factory(Inflate),
  createDeflateRaw: factory(DeflateRaw),
  createInflateRaw: factory(InflateRaw),
  createGzip: factory(Gzip),
  createGunzip: factory(Gunzip),
  createUnzip: factory(Unzip),
  createBrotliCompress: factory(BrotliCompress),
  createBrotliDecompress: factory(BrotliDecompress),
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  codes: { enumerable: true, writable: false, value: codes },
});
// The old top-level names (zlib.Z_NO_FLUSH ...), hidden as in Node.
for (const name of Object.keys(constants)) {
  if (name.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, name, { enumerable: false, value: constants[name], writable: false });
}
void ERR_ZLIB_INITIALIZATION_FAILED;
