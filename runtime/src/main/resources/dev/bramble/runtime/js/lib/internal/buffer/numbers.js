// SPDX-License-Identifier: Apache-2.0
'use strict';
// Buffer#read*/write* for integers, floats and bigints, with Node 20's bounds and range errors.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_BUFFER_OUT_OF_BOUNDS } } = require('internal/errors');
const { validateNumber } = require('internal/buffer/validate');

// Scratch views for float conversion; the platform is little-endian on every board we target,
// but the byte order is derived rather than assumed.
const f32 = new Float32Array(1);
const f64 = new Float64Array(1);
const u8f32 = new Uint8Array(f32.buffer);
const u8f64 = new Uint8Array(f64.buffer);
f32[0] = -1;
const bigEndianHost = u8f32[3] === 0;

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Offset check for a read or write of `n` bytes.
function checkOffset(buf, offset, n) {
  validateNumber(offset, 'offset');
  if (!(offset >= 0 && offset + n <= buf.length && Math.floor(offset) === offset)) boundsError(offset, buf.length - n);
}

function rangeText(min, max, bytes) {
  const n = typeof min === 'bigint' ? 'n' : '';
  if (bytes > 4) {
    const bits = bytes * 8;
    if (min === 0 || min === 0n) return `>= 0${n} and < 2${n} ** ${bits}${n}`;
    return `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
  }
  return `>= ${min}${n} and <= ${max}${n}`;
}

function checkInt(value, min, max, buf, offset, bytes) {
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', rangeText(min, max, bytes), value);
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + bytes - 1] === undefined) boundsError(offset, buf.length - bytes);
}

// Unsigned little/big-endian reads of 1..6 bytes; numbers stay exact up to 48 bits.
function readULE(buf, offset, bytes) {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < bytes; i++, mul *= 256) v += buf[offset + i] * mul;
  return v;
}
function readUBE(buf, offset, bytes) {
  let v = 0;
  for (let i = 0; i < bytes; i++) v = v * 256 + buf[offset + i];
  return v;
}
function toSigned(v, bytes) {
  const limit = 2 ** (bytes * 8 - 1);
  return v >= limit ? v - limit * 2 : v;
}

function writeLE(buf, value, offset, bytes) {
  let v = value < 0 ? value + 2 ** (bytes * 8) : value;
  for (let i = 0; i < bytes; i++) {
    buf[offset + i] = v % 256;
    v = Math.floor(v / 256);
  }
  return offset + bytes;
}
function writeBE(buf, value, offset, bytes) {
  let v = value < 0 ? value + 2 ** (bytes * 8) : value;
  for (let i = bytes - 1; i >= 0; i--) {
    buf[offset + i] = v % 256;
    v = Math.floor(v / 256);
  }
  return offset + bytes;
}

function fixedRead(bytes, signed, le) {
  const read = le ? readULE : readUBE;
  return function (offset = 0) {
    checkOffset(this, offset, bytes);
    const v = read(this, offset, bytes);
    return signed ? toSigned(v, bytes) : v;
  };
}

function fixedWrite(bytes, signed, le) {
  const write = le ? writeLE : writeBE;
  const min = signed ? -(2 ** (bytes * 8 - 1)) : 0;
  const max = signed ? 2 ** (bytes * 8 - 1) - 1 : 2 ** (bytes * 8) - 1;
  if (bytes === 1) {
    return function (value, offset = 0) {
      value = +value;
      validateNumber(offset, 'offset');
      if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
      if (this[offset] === undefined) boundsError(offset, this.length - 1);
      this[offset] = value;
      return offset + 1;
    };
  }
  return function (value, offset = 0) {
    value = +value;
    checkInt(value, min, max, this, offset, bytes);
    return write(this, Math.trunc(value) || 0, offset, bytes);
  };
}

function variableRead(signed, le) {
  const reads = [];
  for (let n = 1; n <= 6; n++) reads[n] = fixedRead(n, signed, le);
  return function (offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    const r = reads[byteLength];
    if (r === undefined || typeof byteLength !== 'number') boundsError(byteLength, 6, 'byteLength');
    return r.call(this, offset);
  };
}

function variableWrite(signed, le) {
  const writes = [];
  for (let n = 1; n <= 6; n++) writes[n] = fixedWrite(n, signed, le);
  return function (value, offset, byteLength) {
    const w = writes[byteLength];
    if (w === undefined || typeof byteLength !== 'number') boundsError(byteLength, 6, 'byteLength');
    return w.call(this, value, offset);
  };
}

function floatRead(wide, le) {
  const bytes = wide ? 8 : 4;
  const scratch = wide ? u8f64 : u8f32;
  const view = wide ? f64 : f32;
  const swap = le === bigEndianHost;
  return function (offset = 0) {
    checkOffset(this, offset, bytes);
    for (let i = 0; i < bytes; i++) scratch[swap ? bytes - 1 - i : i] = this[offset + i];
    return view[0];
  };
}

function floatWrite(wide, le) {
  const bytes = wide ? 8 : 4;
  const scratch = wide ? u8f64 : u8f32;
  const view = wide ? f64 : f32;
  const swap = le === bigEndianHost;
  return function (value, offset = 0) {
    value = +value;
    checkOffset(this, offset, bytes);
    view[0] = value;
    for (let i = 0; i < bytes; i++) this[offset + i] = scratch[swap ? bytes - 1 - i : i];
    return offset + bytes;
  };
}

function bigRead(signed, le) {
  return function (offset = 0) {
    validateNumber(offset, 'offset');
    if (this[offset] === undefined || this[offset + 7] === undefined) boundsError(offset, this.length - 8);
    let v = 0n;
    for (let i = 0; i < 8; i++) v = (v << 8n) | BigInt(this[offset + (le ? 7 - i : i)]);
    return signed ? BigInt.asIntN(64, v) : v;
  };
}

function bigWrite(signed, le) {
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  return function (value, offset = 0) {
    checkInt(value, min, max, this, offset, 8);
    let v = BigInt.asUintN(64, value);
    for (let i = 0; i < 8; i++) {
      this[offset + (le ? i : 7 - i)] = Number(v & 0xFFn);
      v >>= 8n;
    }
    return offset + 8;
  };
}

/** Adds the numeric read/write methods (and their lower-case "Uint" aliases) to Buffer.prototype. */
function install(proto) {
  const methods = {
    readUInt8: fixedRead(1, false, true), readInt8: fixedRead(1, true, true),
    readUInt16LE: fixedRead(2, false, true), readUInt16BE: fixedRead(2, false, false),
    readInt16LE: fixedRead(2, true, true), readInt16BE: fixedRead(2, true, false),
    readUInt32LE: fixedRead(4, false, true), readUInt32BE: fixedRead(4, false, false),
    readInt32LE: fixedRead(4, true, true), readInt32BE: fixedRead(4, true, false),
    readUIntLE: variableRead(false, true), readUIntBE: variableRead(false, false),
    readIntLE: variableRead(true, true), readIntBE: variableRead(true, false),
    readFloatLE: floatRead(false, true), readFloatBE: floatRead(false, false),
    readDoubleLE: floatRead(true, true), readDoubleBE: floatRead(true, false),
    readBigUInt64LE: bigRead(false, true), readBigUInt64BE: bigRead(false, false),
    readBigInt64LE: bigRead(true, true), readBigInt64BE: bigRead(true, false),
    writeUInt8: fixedWrite(1, false, true), writeInt8: fixedWrite(1, true, true),
    writeUInt16LE: fixedWrite(2, false, true), writeUInt16BE: fixedWrite(2, false, false),
    writeInt16LE: fixedWrite(2, true, true), writeInt16BE: fixedWrite(2, true, false),
    writeUInt32LE: fixedWrite(4, false, true), writeUInt32BE: fixedWrite(4, false, false),
    writeInt32LE: fixedWrite(4, true, true), writeInt32BE: fixedWrite(4, true, false),
    writeUIntLE: variableWrite(false, true), writeUIntBE: variableWrite(false, false),
    writeIntLE: variableWrite(true, true), writeIntBE: variableWrite(true, false),
    writeFloatLE: floatWrite(false, true), writeFloatBE: floatWrite(false, false),
    writeDoubleLE: floatWrite(true, true), writeDoubleBE: floatWrite(true, false),
    writeBigUInt64LE: bigWrite(false, true), writeBigUInt64BE: bigWrite(false, false),
    writeBigInt64LE: bigWrite(true, true), writeBigInt64BE: bigWrite(true, false),
  };
  for (const name of Object.keys(methods)) {
    const fn = methods[name];
    Object.defineProperty(fn, 'name', { value: name });
    proto[name] = fn;
    if (name.includes('UInt')) proto[name.replace('UInt', 'Uint')] = fn;
  }
}

module.exports = { install, boundsError };
