// SPDX-License-Identifier: Apache-2.0
'use strict';
// What every part of fs shares: argument checks with Node's codes and texts, open flags and
// modes, Stats/BigIntStats/StatFs/Dirent, fs.constants and the system errors the binding raises.

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
  define,
} = require('internal/errors');
const {
  isArrayBufferView, isUint8Array, validateInteger, validateInt32, validateUint32, validateFunction,
  validateObject, validateBoolean,
} = require('internal/buffer/validate');
const { kEmptyObject } = require('internal/util');

const ERR_FS_FILE_TOO_LARGE = define('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);

// ---- constants ----

const openFlags = Object.fromEntries(Array.from(binding.openFlags(), (e) => [e[0], e[1]]));
const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC,
} = openFlags;

const constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY, O_WRONLY, O_RDWR,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o40000, S_IFCHR: 0o20000, S_IFBLK: 0o60000,
  S_IFIFO: 0o10000, S_IFLNK: 0o120000, S_IFSOCK: 0o140000,
  O_CREAT, O_EXCL, UV_FS_O_FILEMAP: 0, O_NOCTTY: openFlags.O_NOCTTY, O_TRUNC, O_APPEND,
  O_DIRECTORY: openFlags.O_DIRECTORY, O_NOATIME: openFlags.O_NOATIME, O_NOFOLLOW: openFlags.O_NOFOLLOW,
  O_SYNC, O_DSYNC: openFlags.O_DSYNC, O_DIRECT: openFlags.O_DIRECT, O_NONBLOCK: openFlags.O_NONBLOCK,
  S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100,
  S_IRWXG: 0o70, S_IRGRP: 0o40, S_IWGRP: 0o20, S_IXGRP: 0o10,
  S_IRWXO: 0o7, S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
};
Object.freeze(constants);
const { S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK } = constants;

// ---- errors from the binding ----

// Node's uvException: errno, code, syscall, path, dest in that order, message "CODE: text, syscall 'path' -> 'dest'".
function uvException(code, errno, message, syscall, path, dest) {
  if (code === 'ERR_FS_FILE_TOO_LARGE') return new ERR_FS_FILE_TOO_LARGE(path);
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (path != null) err.path = path;
  if (dest != null) err.dest = dest;
  // The stack starts at the fs call, not here (this runs beneath the binding).
  if (Error.captureStackTrace) Error.captureStackTrace(err, uvException);
  return err;
}
binding.init(uvException);

// ---- paths, fds, options ----

function isURL(v) {
  return v != null && typeof v === 'object' && Boolean(v.href) && Boolean(v.protocol) &&
    v.auth === undefined && v.path === undefined;
}

function toPathIfFileURL(p) {
  return isURL(p) ? require('url').fileURLToPath(p) : p;
}

function validatePath(path, name = 'path') {
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  if (typeof path === 'string' ? path.includes('\u0000') : path.includes(0)) {
    throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
}

function getValidatedPath(fileURLOrPath, name = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  validatePath(path, name);
  return path;
}

/** The validated path as the string the binding takes (a Buffer path is UTF-8). */
function pathArg(fileURLOrPath, name = 'path') {
  const path = getValidatedPath(fileURLOrPath, name);
  return typeof path === 'string' ? path : Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString();
}

function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, name, 0);
  return fd;
}

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function getOptions(options, defaults = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function copyObject(source) {
  return { ...source };
}

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return (...args) => Reflect.apply(cb, undefined, args);
}

const FLAGS = {
  __proto__: null,
  r: O_RDONLY,
  rs: O_RDONLY | O_SYNC, sr: O_RDONLY | O_SYNC,
  'r+': O_RDWR,
  'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  w: O_TRUNC | O_CREAT | O_WRONLY,
  wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL, xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL, 'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: O_APPEND | O_CREAT | O_WRONLY,
  ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL, xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  as: O_APPEND | O_CREAT | O_WRONLY | O_SYNC, sa: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC, 'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  const n = typeof flags === 'string' ? FLAGS[flags] : undefined;
  if (n === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags);
  return n;
}

function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = Number.parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

function getValidMode(mode, type) {
  const max = type === 'copyFile' ? 7 : 7;
  if (mode == null) return 0;
  validateInteger(mode, 'mode');
  if (mode < 0 || mode > max) {
    const err = new RangeError(`mode is out of range: >= 0 && <= ${max}`);
    Object.defineProperty(err, 'code', { value: 'ERR_OUT_OF_RANGE', enumerable: true, writable: true, configurable: true });
    throw err;
  }
  return mode;
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time; // eslint-disable-line eqeqeq
  if (typeof time === 'number') {
    if (!Number.isFinite(time) || time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function validateBuffer(buffer, name = 'buffer') {
  if (!isArrayBufferView(buffer)) throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validatePosition(position, name, length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const max = 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= max)) throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${max}`, position);
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validateRmdirOptions(options, defaults = { recursive: false, maxRetries: 0, retryDelay: 100 }) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

/** The bytes of a TypedArray/DataView as a Uint8Array view (what the binding takes). */
function bytesOf(view, offset = 0, length = view.byteLength - offset) {
  return new Uint8Array(view.buffer, view.byteOffset + offset, length);
}

/** [arrayBuffer, offset, length] of a view, the form the binding's writes take (one bulk copy in Java). */
function span(view, offset = 0, length = view.byteLength - offset) {
  return [view.buffer, view.byteOffset + offset, length];
}

/** Several views as one flat [arrayBuffer, offset, length, ...] list, for writev. */
function spans(views) {
  return views.flatMap((v) => span(v));
}

/** A Buffer over bytes the binding handed back (a Java ByteBuffer, shared, not copied). */
function fromBinding(byteBuffer) {
  return Buffer.from(new ArrayBuffer(byteBuffer));
}

/** A name or a Buffer, as the encoding option asks. */
function encodeName(name, encoding) {
  if (encoding === 'buffer') return Buffer.from(name);
  if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') return Buffer.from(name).toString(encoding);
  return name;
}

// ---- Stats ----

const kNsPerMsBigInt = 1000000n;

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function () { return this._checkModeProperty(S_IFDIR); };
StatsBase.prototype.isFile = function () { return this._checkModeProperty(S_IFREG); };
StatsBase.prototype.isBlockDevice = function () { return this._checkModeProperty(S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function () { return this._checkModeProperty(S_IFCHR); };
StatsBase.prototype.isSymbolicLink = function () { return this._checkModeProperty(S_IFLNK); };
StatsBase.prototype.isFIFO = function () { return this._checkModeProperty(S_IFIFO); };
StatsBase.prototype.isSocket = function () { return this._checkModeProperty(S_IFSOCK); };

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  Reflect.apply(StatsBase, this, [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks]);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype.isFile = StatsBase.prototype.isFile;
Stats.prototype._checkModeProperty = function (property) {
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  Reflect.apply(StatsBase, this, [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks]);
  this.atimeMs = atimeNs / kNsPerMsBigInt;
  this.mtimeMs = mtimeNs / kNsPerMsBigInt;
  this.ctimeMs = ctimeNs / kNsPerMsBigInt;
  this.birthtimeMs = birthtimeNs / kNsPerMsBigInt;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
BigIntStats.prototype._checkModeProperty = function (property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

/** Stats from the binding's array: 10 numbers, then [seconds, nanoseconds] for atime, mtime, ctime, birthtime. */
function getStatsFromBinding(a, bigint = false) {
  if (bigint) {
    const ns = (i) => BigInt(a[i]) * 1000000000n + BigInt(a[i + 1]);
    return new BigIntStats(BigInt(a[0]), BigInt(a[1]), BigInt(a[2]), BigInt(a[3]), BigInt(a[4]), BigInt(a[5]),
      BigInt(a[6]), BigInt(a[7]), BigInt(a[8]), BigInt(a[9]), ns(10), ns(12), ns(14), ns(16));
  }
  const ms = (i) => a[i] * 1e3 + a[i + 1] / 1e6;
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], ms(10), ms(12), ms(14), ms(16));
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFsFromBinding(a, bigint = false) {
  const v = Array.from(a, (x) => (bigint ? BigInt(x) : x));
  return new StatFs(...v);
}

// ---- Dirent ----

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

/** Names and types from the binding as strings/Buffers or Dirents. */
function direntsOrNames(result, dir, options) {
  const names = Array.from(result[0]);
  const encoding = options?.encoding;
  if (!options?.withFileTypes) return names.map((n) => encodeName(n, encoding));
  const types = result[1];
  return names.map((n, i) => new Dirent(encodeName(n, encoding), types[i], dir));
}

module.exports = {
  binding, constants, openFlags, uvException, toPathIfFileURL, isURL, validatePath, getValidatedPath, pathArg,
  getValidatedFd, assertEncoding, validateAbortSignal, getOptions, copyObject, maybeCallback, makeCallback,
  stringToFlags, parseFileMode, getValidMode, toUnixTimestamp, validateBuffer, validateOffsetLengthRead,
  validateOffsetLengthWrite, validatePosition, validateStringAfterArrayBufferView, validateRmdirOptions,
  bytesOf, span, spans, fromBinding, encodeName, Stats, BigIntStats, StatFs, getStatsFromBinding, getStatFsFromBinding,
  Dirent, direntsOrNames, kType,
};
