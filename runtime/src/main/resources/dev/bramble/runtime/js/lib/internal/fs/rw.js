// SPDX-License-Identifier: Apache-2.0
'use strict';
// Reading and writing through fds and whole files: read/readv/write/writev (callback and sync),
// readFile/writeFile/appendFile and truncate. Bytes cross to Java as Uint8Array views; what Java
// reads comes back as a Buffer over the Java array (no copy) and is copied into the caller's buffer.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE }, AbortError } = require('internal/errors');
const { isArrayBufferView, validateObject, validateInteger } = require('internal/buffer/validate');
const { kEmptyObject } = require('internal/util');
const {
  binding, getValidatedFd, validateBuffer, maybeCallback, makeCallback, validateOffsetLengthRead,
  validateOffsetLengthWrite, validatePosition, validateStringAfterArrayBufferView, assertEncoding, getOptions, span, spans,
  stringToFlags, parseFileMode, pathArg, bytesOf, fromBinding, validateAbortSignal,
} = require('internal/fs/utils');

function pos(position) {
  return position == null ? -1 : Number(position);
}

function copyInto(byteBuffer, buffer, offset) {
  const src = new Uint8Array(new ArrayBuffer(byteBuffer));
  bytesOf(buffer, offset, src.length).set(src);
  return src.length;
}

// ---- read ----

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      validateObject(offsetOrOptions, 'options', { nullable: true });
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (params !== null) ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? kEmptyObject);
  }
  validateBuffer(buffer);
  callback = maybeCallback(callback);
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return process.nextTick(() => callback(null, 0, buffer));
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  binding.read(fd, length, pos(position), (err, bytes) => {
    if (err) return callback(err, 0, buffer);
    callback(null, copyInto(bytes, buffer, offset), buffer);
  });
}
Object.defineProperty(read, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: false,
  value: (fd, buffer, ...rest) => new Promise((resolve, reject) => {
    read(fd, buffer, ...rest, (err, bytesRead, buf) => (err ? reject(err) : resolve({ bytesRead, buffer: buf })));
  }),
});

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', { nullable: true });
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  return copyInto(binding.read(fd, length, pos(position), undefined), buffer, offset);
}

function scatter(byteBuffer, buffers) {
  const src = new Uint8Array(new ArrayBuffer(byteBuffer));
  let at = 0;
  for (const b of buffers) {
    if (at >= src.length) break;
    const n = Math.min(b.byteLength, src.length - at);
    bytesOf(b, 0, n).set(src.subarray(at, at + n));
    at += n;
  }
  return src.length;
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers) || !buffers.every(isArrayBufferView)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  }
}

function totalLength(buffers) {
  return buffers.reduce((n, b) => n + b.byteLength, 0);
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (typeof position !== 'number') position = null;
  binding.read(fd, totalLength(buffers), pos(position), (err, bytes) => {
    if (err) return callback(err, 0, buffers);
    callback(null, scatter(bytes, buffers), buffers);
  });
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return scatter(binding.read(fd, totalLength(buffers), pos(position), undefined), buffers);
}

// ---- write ----

function validateEncoding(data, encoding) {
  if (encoding === 'hex' && data.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = maybeCallback(callback || position || length || offset);
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.write(fd, ...span(buffer, offset, length), pos(position), (err, n) => callback(err, n || 0, buffer));
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const str = buffer;
  validateEncoding(str, length);
  callback = maybeCallback(position);
  binding.write(fd, ...span(Buffer.from(str, length)), pos(typeof offset === 'number' ? offset : null),
    (err, n) => callback(err, n || 0, str));
}
Object.defineProperty(write, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: false,
  value: (fd, buffer, ...rest) => new Promise((resolve, reject) => {
    write(fd, buffer, ...rest, (err, bytesWritten, buf) => (err ? reject(err) : resolve({ bytesWritten, buffer: buf })));
  }),
});

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
    }
    if (position === undefined) position = null;
    if (typeof offset !== 'number') offset = 0;
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.write(fd, ...span(buffer, offset, length), typeof position === 'number' ? position : -1, undefined);
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  return binding.write(fd, ...span(Buffer.from(buffer, length || 'utf8')), typeof offset === 'number' ? offset : -1, undefined);
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (buffers.length === 0) return process.nextTick(callback, null, 0, buffers);
  if (typeof position !== 'number') position = null;
  binding.writev(fd, spans(buffers), pos(position), (err, n) => callback(err, n || 0, buffers));
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return binding.writev(fd, spans(buffers), pos(position), undefined);
}

// ---- whole files ----

function isFd(path) {
  return typeof path === 'number';
}

function decode(buffer, encoding) {
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

// Node calls back at once (not on a later tick) when the signal is already aborted.
function checkAborted(signal, callback) {
  if (signal?.aborted) {
    callback(new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const { encoding, signal } = options;
  const done = (err, bytes) => {
    if (err) return callback(err);
    if (signal?.aborted) return callback(new AbortError(undefined, { cause: signal.reason }));
    let buffer;
    try {
      buffer = decode(fromBinding(bytes), encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, buffer);
  };
  if (checkAborted(signal, callback)) return;
  if (isFd(path)) return binding.readFileFd(getValidatedFd(path), done);
  binding.readFile(pathArg(path), stringToFlags(options.flag || 'r'), 'fs.readFile()', done);
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const bytes = isFd(path)
    ? binding.readFileFd(getValidatedFd(path), undefined)
    : binding.readFile(pathArg(path), stringToFlags(options.flag || 'r'), 'fs.readFileSync()', undefined);
  return decode(fromBinding(bytes), options.encoding);
}

function toBytes(data, encoding, name = 'data') {
  if (isArrayBufferView(data)) return bytesOf(data);
  validateStringAfterArrayBufferView(data, name);
  return Buffer.from(data, encoding || 'utf8');
}

function writeAll(fd, bytes, callback) {
  binding.write(fd, ...span(bytes), -1, (err) => callback(err));
}

function writeFile(path, data, options, callback, api = 'fs.writeFile()', defaultFlag = 'w') {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
  const bytes = toBytes(data, options.encoding);
  const flag = options.flag || defaultFlag;
  if (checkAborted(options.signal, callback)) return;
  const done = (err) => {
    if (err) return callback(err);
    if (options.signal?.aborted) return callback(new AbortError(undefined, { cause: options.signal.reason }));
    callback(null);
  };
  if (isFd(path)) return writeAll(getValidatedFd(path), bytes, done);
  binding.writeFile(pathArg(path), ...span(bytes), stringToFlags(flag), parseFileMode(options.mode, 'mode', 0o666), api, done);
}

function writeFileSync(path, data, options, api = 'fs.writeFileSync()', defaultFlag = 'w') {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
  const bytes = toBytes(data, options.encoding);
  if (isFd(path)) {
    binding.write(getValidatedFd(path), ...span(bytes), -1, undefined);
    return;
  }
  binding.writeFile(pathArg(path), ...span(bytes), stringToFlags(options.flag || defaultFlag),
    parseFileMode(options.mode, 'mode', 0o666), api, undefined);
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFile(path, data, options, callback, 'fs.appendFile()', 'a');
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options, 'fs.appendFileSync()', 'a');
}

// ---- truncate ----

function validateLen(len) {
  if (len === undefined || len === null) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  len = validateLen(len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, (err) => callback(err || null));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  binding.ftruncate(fd, validateLen(len), undefined);
}

function truncate(path, len, callback) {
  if (isFd(path)) {
    process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use fs.ftruncate with a file descriptor instead.',
      'DeprecationWarning', 'DEP0081');
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  len = validateLen(len);
  callback = maybeCallback(callback);
  binding.open(pathArg(path), stringToFlags('r+'), 0o666, 'fs.truncate()', (err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, len, (err1) => {
      binding.close(fd, (err2) => callback(err1 || err2 || null));
    });
  });
}

function truncateSync(path, len) {
  if (isFd(path)) {
    process.emitWarning('Using fs.truncateSync with a file descriptor is deprecated. Please use fs.ftruncateSync with a file descriptor instead.',
      'DeprecationWarning', 'DEP0081');
    return ftruncateSync(path, len);
  }
  // Node opens first and checks len in ftruncateSync, so a missing file wins over a bad length.
  const fd = binding.open(pathArg(path), stringToFlags('r+'), 0o666, 'fs.truncateSync()', undefined);
  try {
    binding.ftruncate(fd, validateLen(len), undefined);
  } finally {
    binding.close(fd, undefined);
  }
}

module.exports = {
  read, readSync, readv, readvSync, write, writeSync, writev, writevSync, readFile, readFileSync, writeFile,
  writeFileSync, appendFile, appendFileSync, truncate, truncateSync, ftruncate, ftruncateSync, toBytes,
  validateAbortSignal, assertEncoding,
};
