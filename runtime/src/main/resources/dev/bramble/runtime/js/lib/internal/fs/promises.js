// SPDX-License-Identifier: Apache-2.0
'use strict';
// fs/promises and FileHandle. Each call is one binding op with a callback that settles a promise;
// argument errors become rejections, as in Node's async functions.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_METHOD_NOT_IMPLEMENTED, ERR_INVALID_ARG_TYPE }, AbortError } =
  require('internal/errors');
const { isArrayBufferView, validateInteger, validateObject } = require('internal/buffer/validate');
const { kEmptyObject } = require('internal/util');
const {
  binding, constants, getValidatedFd, getOptions, stringToFlags, parseFileMode, getValidMode, toUnixTimestamp,
  pathArg, encodeName, getStatsFromBinding, getStatFsFromBinding, validateBuffer, validateOffsetLengthRead,
  validateOffsetLengthWrite, validatePosition, validateStringAfterArrayBufferView, bytesOf, span, spans, fromBinding,
  validateAbortSignal,
} = require('internal/fs/utils');

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');

function call(op, ...args) {
  return new Promise((resolve, reject) => {
    binding[op](...args, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

/** The callback form of an fs function as a promise (for the calls whose options lib/fs parses). */
function viaCallback(name, ...args) {
  const fs = require('fs');
  return new Promise((resolve, reject) => fs[name](...args, (err, r) => (err ? reject(err) : resolve(r))));
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function decoded(bytes, encoding) {
  const buffer = fromBinding(bytes);
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

// ---- FileHandle ----

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
  }

  get fd() {
    return this[kFd];
  }

  getAsyncId() {
    return this[kFd];
  }

  // Node's fsCall: an op on a closed handle fails with EBADF 'file closed'; close waits for ops in flight.
  async #op(syscall, fn) {
    if (this[kFd] === -1) {
      const err = new Error('file closed');
      err.code = 'EBADF';
      err.syscall = syscall;
      throw err;
    }
    this[kRefs]++;
    try {
      return await fn(this[kFd]);
    } finally {
      this[kRefs]--;
      if (this[kRefs] === 0) this.emit('kRefsZero');
    }
  }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    const fd = this[kFd];
    const doClose = () => call('close', fd).finally(() => { this[kClosePromise] = undefined; });
    if (this[kRefs] === 0) {
      this[kFd] = -1;
      this[kClosePromise] = doClose();
    } else {
      this[kClosePromise] = new Promise((resolve, reject) => {
        this.once('kRefsZero', () => {
          this[kFd] = -1;
          doClose().then(resolve, reject);
        });
      });
    }
    this.emit('close');
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }

  appendFile(data, options) {
    return this.#op('write', (fd) => writeFd(fd, data, getOptions(options, { encoding: 'utf8' })));
  }

  chmod(mode) {
    return this.#op('fchmod', (fd) => call('fchmod', fd, parseFileMode(mode, 'mode')));
  }

  chown(uid, gid) {
    return this.#op('fchown', (fd) => {
      ids(uid, gid);
      return call('fchown', fd, uid, gid);
    });
  }

  datasync() {
    return this.#op('fdatasync', (fd) => call('fsync', fd, false));
  }

  sync() {
    return this.#op('fsync', (fd) => call('fsync', fd, true));
  }

  read(buffer, offset, length, position) {
    return this.#op('read', (fd) => readFd(fd, buffer, offset, length, position));
  }

  readv(buffers, position) {
    return this.#op('read', async (fd) => {
      const total = buffers.reduce((n, b) => n + b.byteLength, 0);
      const src = new Uint8Array(new ArrayBuffer(await call('read', fd, total, typeof position === 'number' ? position : -1)));
      let at = 0;
      for (const b of buffers) {
        const n = Math.min(b.byteLength, src.length - at);
        if (n <= 0) break;
        bytesOf(b, 0, n).set(src.subarray(at, at + n));
        at += n;
      }
      return { bytesRead: src.length, buffers };
    });
  }

  readFile(options) {
    options = getOptions(options, { flag: 'r' });
    return this.#op('read', async (fd) => {
      checkAborted(options.signal);
      const bytes = await call('readFileFd', fd);
      checkAborted(options.signal);
      return decoded(bytes, options.encoding);
    });
  }

  readLines(options = undefined) {
    return require('readline').createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  stat(options) {
    return this.#op('fstat', async (fd) => getStatsFromBinding(await call('fstat', fd), options?.bigint));
  }

  truncate(len = 0) {
    return this.#op('ftruncate', (fd) => {
      validateInteger(len, 'len');
      return call('ftruncate', fd, Math.max(0, len));
    });
  }

  utimes(atime, mtime) {
    return this.#op('futime', (fd) => call('futimes', fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')));
  }

  write(buffer, offsetOrOptions, length, position) {
    return this.#op('write', (fd) => writeAt(fd, buffer, offsetOrOptions, length, position));
  }

  writev(buffers, position) {
    return this.#op('write', async (fd) => {
      if (buffers.length === 0) return { bytesWritten: 0, buffers };
      const n = await call('writev', fd, spans(buffers), typeof position === 'number' ? position : -1);
      return { bytesWritten: n, buffers };
    });
  }

  writeFile(data, options) {
    return this.#op('write', (fd) => writeFd(fd, data, getOptions(options, { encoding: 'utf8' })));
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  readableWebStream() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('readableWebStream()');
  }
}

async function readFd(fd, buffer, offsetOrOptions, length, position) {
  let offset = offsetOrOptions;
  if (!isArrayBufferView(buffer)) {
    // read(options) or read()
    ({ buffer = Buffer.alloc(16384), offset = 0, length = buffer.byteLength - offset, position = null } =
      buffer ?? kEmptyObject);
  } else if (typeof offsetOrOptions === 'object' && offsetOrOptions !== null) {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  validateBuffer(buffer);
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  if (length === 0) return { bytesRead: length, buffer };
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  const src = new Uint8Array(new ArrayBuffer(await call('read', fd, length, Number(position))));
  bytesOf(buffer, offset, src.length).set(src);
  return { bytesRead: src.length, buffer };
}

async function writeAt(fd, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { bytesWritten: 0, buffer };
  if (isArrayBufferView(buffer)) {
    let offset = offsetOrOptions;
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const n = await call('write', fd, ...span(buffer, offset, length), position ?? -1);
    return { bytesWritten: n, buffer };
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  const n = await call('write', fd, ...span(Buffer.from(buffer, length || 'utf8')),
    typeof offsetOrOptions === 'number' ? offsetOrOptions : -1);
  return { bytesWritten: n, buffer };
}

const kDataTypes = ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'];

function isIterable(data) {
  return data != null && (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function');
}

async function dataBytes(data, encoding) {
  if (isArrayBufferView(data)) return bytesOf(data);
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (isIterable(data)) {
    const parts = [];
    for await (const chunk of data) {
      parts.push(typeof chunk === 'string' ? Buffer.from(chunk, encoding || 'utf8') : Buffer.from(bytesOf(chunk)));
    }
    return Buffer.concat(parts);
  }
  throw new ERR_INVALID_ARG_TYPE('data', kDataTypes, data);
}

// FileHandle.writeFile/appendFile write from the current position, as Node's do.
async function writeFd(fd, data, options) {
  checkAborted(options.signal);
  const bytes = await dataBytes(data, options.encoding);
  checkAborted(options.signal);
  await call('write', fd, ...span(bytes), -1);
}

function ids(uid, gid) {
  validateInteger(uid, 'uid', -1, 2 ** 32 - 1);
  validateInteger(gid, 'gid', -1, 2 ** 32 - 1);
}

// ---- the promises API ----

async function open(path, flags, mode) {
  path = pathArg(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await call('open', path, flagsNumber, mode, 'fsPromises.open()'));
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return path.readFile(options);
  validateAbortSignal(options.signal, 'options.signal');
  checkAborted(options.signal);
  const bytes = typeof path === 'number'
    ? await call('readFileFd', getValidatedFd(path))
    : await call('readFile', pathArg(path), stringToFlags(options.flag || 'r'), 'fsPromises.readFile()');
  checkAborted(options.signal);
  return decoded(bytes, options.encoding);
}

async function writeFile(path, data, options, api = 'fsPromises.writeFile()', defaultFlag = 'w') {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
  if (!isArrayBufferView(data) && typeof data !== 'string' && !isIterable(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (path instanceof FileHandle) return path.writeFile(data, options);
  checkAborted(options.signal);
  const bytes = await dataBytes(data, options.encoding);
  checkAborted(options.signal);
  if (typeof path === 'number') return void await call('write', getValidatedFd(path), ...span(bytes), -1);
  await call('writeFile', pathArg(path), ...span(bytes), stringToFlags(options.flag || defaultFlag),
    parseFileMode(options.mode, 'mode', 0o666), api);
}

async function appendFile(path, data, options) {
  options = { ...getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }) };
  options.flag ||= 'a';
  if (path instanceof FileHandle) return path.appendFile(data, options);
  return writeFile(path, data, options, 'fsPromises.appendFile()', 'a');
}

async function access(path, mode = constants.F_OK) {
  path = pathArg(path);
  await call('access', path, getValidMode(mode, 'access'), 'fsPromises.access()');
}

async function copyFile(src, dest, mode) {
  src = pathArg(src, 'src');
  dest = pathArg(dest, 'dest');
  const excl = (getValidMode(mode, 'copyFile') & constants.COPYFILE_EXCL) !== 0;
  await call('copyFile', src, dest, excl, 'fsPromises.copyFile()');
}

async function rename(oldPath, newPath) {
  await call('rename', pathArg(oldPath, 'oldPath'), pathArg(newPath, 'newPath'), 'fsPromises.rename()');
}

async function truncate(path, len = 0) {
  const handle = await open(path, 'r+');
  try {
    await handle.truncate(len);
  } finally {
    await handle.close();
  }
}

async function readlink(path, options) {
  options = getOptions(options);
  return encodeName(await call('readlink', pathArg(path, 'oldPath'), 'fsPromises.readlink()'), options.encoding);
}

async function symlink(target, path, type) {
  if (type != null && type !== 'dir' && type !== 'file' && type !== 'junction') return viaCallback('symlink', target, path, type);
  await call('symlink', pathArg(target, 'target'), pathArg(path), 'fsPromises.symlink()');
}

async function lstat(path, options = { bigint: false }) {
  return getStatsFromBinding(await call('stat', pathArg(path), false, 'fsPromises.lstat()'), options.bigint);
}

async function stat(path, options = { bigint: false }) {
  return getStatsFromBinding(await call('stat', pathArg(path), true, 'fsPromises.stat()'), options.bigint);
}

async function statfs(path, options = { bigint: false }) {
  return getStatFsFromBinding(await call('statfs', pathArg(path), 'fsPromises.statfs()'), options.bigint);
}

async function link(existingPath, newPath) {
  await call('link', pathArg(existingPath, 'existingPath'), pathArg(newPath, 'newPath'), 'fsPromises.link()');
}

async function unlink(path) {
  await call('unlink', pathArg(path), 'fsPromises.unlink()');
}

async function chmod(path, mode) {
  path = pathArg(path);
  await call('chmod', path, parseFileMode(mode, 'mode'), 'fsPromises.chmod()');
}

async function lchmod() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function lchown(path, uid, gid) {
  path = pathArg(path);
  ids(uid, gid);
  await call('chown', path, uid, gid, false, 'fsPromises.lchown()');
}

async function chown(path, uid, gid) {
  path = pathArg(path);
  ids(uid, gid);
  await call('chown', path, uid, gid, true, 'fsPromises.chown()');
}

async function utimes(path, atime, mtime) {
  path = pathArg(path);
  await call('utimes', path, toUnixTimestamp(atime), toUnixTimestamp(mtime), true, 'fsPromises.utimes()');
}

async function lutimes(path, atime, mtime) {
  path = pathArg(path);
  await call('utimes', path, toUnixTimestamp(atime), toUnixTimestamp(mtime), false, 'fsPromises.lutimes()');
}

async function realpath(path, options) {
  options = getOptions(options);
  return encodeName(await call('realpath', pathArg(path), false, 'fsPromises.realpath()'), options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = pathArg(prefix, 'prefix');
  return encodeName(await call('mkdtemp', prefix, 'fsPromises.mkdtemp()'), options.encoding);
}

async function rm(path, options) {
  return viaCallback('rm', path, options);
}

async function rmdir(path, options) {
  return viaCallback('rmdir', path, options);
}

async function mkdir(path, options) {
  return viaCallback('mkdir', path, options);
}

async function readdir(path, options) {
  return viaCallback('readdir', path, options);
}

async function opendir(path, options) {
  return viaCallback('opendir', path, options);
}

async function cp(src, dest, options) {
  return require('internal/fs/cp').cpPromise(src, dest, options);
}

function watch(filename, options) {
  return require('internal/fs/watchers').watchAsync(filename, options);
}

// Node 20's openAsBlob is file-backed; this one reads the file when called.
async function openAsBlob(path, options = kEmptyObject) {
  validateObject(options, 'options');
  const bytes = await readFile(path);
  return new Blob([bytes], { type: options.type || '' });
}

module.exports = {
  FileHandle,
  openAsBlob,
  exports: {
    access, copyFile, cp, open, opendir, rename, truncate, rm, rmdir, mkdir, readdir, readlink, symlink, lstat,
    stat, statfs, link, unlink, chmod, lchmod, lchown, chown, utimes, lutimes, realpath, mkdtemp, writeFile,
    appendFile, readFile, watch, constants,
  },
};
