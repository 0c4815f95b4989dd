// SPDX-License-Identifier: Apache-2.0
'use strict';
// crypto random APIs over the binding's SecureRandom; async forms run on the worker pool.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { isAnyArrayBuffer, validateNumber, validateFunction, validateObject, validateBoolean, typedArrayName } = require('internal/buffer/validate');
const { Buffer } = require('buffer');
const { DOMException } = require('internal/web/dom_exception');

const binding = internalBinding('crypto');
const kMaxLength = 2 ** 31 - 1;
const kMaxUint32 = 2 ** 32 - 1;
const RAND_MAX = 0xFFFF_FFFF_FFFF;

function fromHost(byteBuffer) {
  return Buffer.from(new ArrayBuffer(byteBuffer));
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxLength || size < 0) throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
  if (size + offset > length) throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  return size >>> 0;
}

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const max = Math.min(length, kMaxLength);
  if (Number.isNaN(offset) || offset > max || offset < 0) throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${max}`, offset);
  return offset >>> 0;
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    binding.randomBytesAsync(size, (err, bytes) => (err ? callback(err) : callback(null, fromHost(bytes))));
    return undefined;
  }
  return fromHost(binding.randomBytes(size));
}

function viewBytes(buf) {
  if (isAnyArrayBuffer(buf)) return new Uint8Array(buf);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function checkFillTarget(buf) {
  if (!ArrayBuffer.isView(buf) && !isAnyArrayBuffer(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  return ArrayBuffer.isView(buf) ? (buf.BYTES_PER_ELEMENT || 1) : 1;
}

function randomFillSync(buf, offset = 0, size) {
  const elementSize = checkFillTarget(buf);
  offset = assertOffset(offset, elementSize, buf.byteLength);
  size = size === undefined ? buf.byteLength - offset : assertSize(size, elementSize, offset, buf.byteLength);
  if (size > 0) viewBytes(buf).set(fromHost(binding.randomBytes(size)), offset);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  const elementSize = checkFillTarget(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    callback = size;
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = size === undefined ? buf.byteLength - offset : assertSize(size, elementSize, offset, buf.byteLength);
  }
  validateFunction(callback, 'callback');
  binding.randomBytesAsync(size, (err, bytes) => {
    if (err) return callback(err);
    viewBytes(buf).set(fromHost(bytes), offset);
    return callback(null, buf);
  });
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  if (options && options.disableEntropyCache !== undefined) validateBoolean(options.disableEntropyCache, 'options.disableEntropyCache');
  const b = fromHost(binding.randomBytes(16));
  b[6] = (b[6] & 0x0F) | 0x40;
  b[8] = (b[8] & 0x3F) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// Uniform integer in [min, max) by rejection sampling over 48-bit draws.
function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  const range = max - min;
  if (!(range <= RAND_MAX)) throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  const limit = RAND_MAX - (RAND_MAX % range);
  let n;
  do {
    n = fromHost(binding.randomBytes(6)).readUIntBE(0, 6);
  } while (n >= limit);
  const result = min + (n % range);
  if (isSync) return result;
  process.nextTick(callback, undefined, result);
  return undefined;
}

// Web Crypto's getRandomValues: integer typed arrays of at most 65536 bytes.
function getRandomValues(data) {
  const name = ArrayBuffer.isView(data) ? typedArrayName(data) : undefined;
  if (name === undefined || name === 'Float32Array' || name === 'Float64Array' || name === 'Float16Array') {
    throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  if (data.byteLength > 0) viewBytes(data).set(fromHost(binding.randomBytes(data.byteLength)));
  return data;
}
const webcryptoRef = { crypto: null, module: null };

module.exports = {
  randomBytes, randomFill, randomFillSync, randomUUID, randomInt, getRandomValues, webcryptoRef, fromHost, kMaxUint32,
};
