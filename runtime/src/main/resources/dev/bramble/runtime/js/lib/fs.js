// SPDX-License-Identifier: Apache-2.0
'use strict';
// fs: the callback and sync forms. Arguments are checked here with Node's codes; the binding
// (builtins/fs/FsBinding.java) checks permissions and does the call, on the worker pool when given
// a callback. Streams, promises, Dir, watchers, cp and rm live in lib/internal/fs/.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_VALUE }, define,
} = require('internal/errors');
const { validateBoolean, validateInteger, validateObject, validateString, validateFunction } =
  require('internal/buffer/validate');
const { kEmptyObject } = require('internal/util');
const pathModule = require('path');
const utils = require('internal/fs/utils');
const {
  binding, constants, getValidatedFd, getOptions, maybeCallback, makeCallback, stringToFlags, parseFileMode,
  getValidMode, toUnixTimestamp, pathArg, encodeName, getStatsFromBinding, getStatFsFromBinding, direntsOrNames,
  Dirent, Stats,
} = utils;
const rw = require('internal/fs/rw');

const ERR_FS_INVALID_SYMLINK_TYPE = define('ERR_FS_INVALID_SYMLINK_TYPE',
  (type) => `Symlink type must be one of "dir", "file", or "junction". Received "${type}"`, Error);
const kMaxUserId = 2 ** 32 - 1;

// ---- open / close / fsync ----

function open(path, flags, mode, callback) {
  path = pathArg(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, 'fs.open()', callback);
}

function openSync(path, flags, mode) {
  return binding.open(pathArg(path), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666), 'fs.openSync()', undefined);
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, (err) => callback(err || null));
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd), undefined);
}

function fdCall(op, ...args) {
  const callback = makeCallback(args.pop());
  binding[op](...args, (err) => callback(err || null));
}

function fsync(fd, callback) { fdCall('fsync', getValidatedFd(fd), true, callback); }
function fsyncSync(fd) { binding.fsync(getValidatedFd(fd), true, undefined); }
function fdatasync(fd, callback) { fdCall('fsync', getValidatedFd(fd), false, callback); }
function fdatasyncSync(fd) { binding.fsync(getValidatedFd(fd), false, undefined); }

// ---- stat ----

function statCallback(callback, bigint) {
  callback = makeCallback(callback);
  return (err, a) => (err ? callback(err) : callback(null, getStatsFromBinding(a, bigint)));
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  const cb = statCallback(callback, options.bigint);
  binding.stat(pathArg(path), true, 'fs.stat()', cb);
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  const cb = statCallback(callback, options.bigint);
  binding.stat(pathArg(path), false, 'fs.lstat()', cb);
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  fd = getValidatedFd(fd);
  binding.fstat(fd, statCallback(callback, options.bigint));
}

function statSyncImpl(path, options, follow, api) {
  path = pathArg(path);
  try {
    return getStatsFromBinding(binding.stat(path, follow, api, undefined), options.bigint);
  } catch (err) {
    if (options.throwIfNoEntry === false && err.code === 'ENOENT') return undefined;
    throw err;
  }
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statSyncImpl(path, options, true, 'fs.statSync()');
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statSyncImpl(path, options, false, 'fs.lstatSync()');
}

function fstatSync(fd, options = { bigint: false }) {
  return getStatsFromBinding(binding.fstat(getValidatedFd(fd), undefined), options.bigint);
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = maybeCallback(callback);
  binding.statfs(pathArg(path), 'fs.statfs()',
    (err, a) => (err ? callback(err) : callback(null, getStatFsFromBinding(a, options.bigint))));
}

function statfsSync(path, options = { bigint: false }) {
  return getStatFsFromBinding(binding.statfs(pathArg(path), 'fs.statfsSync()', undefined), options.bigint);
}

// ---- access / exists ----

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = constants.F_OK;
  }
  path = pathArg(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  binding.access(path, mode, 'fs.access()', (err) => callback(err || null));
}

function accessSync(path, mode) {
  binding.access(pathArg(path), getValidMode(mode, 'access'), 'fs.accessSync()', undefined);
}

function exists(path, callback) {
  maybeCallback(callback);
  try {
    path = pathArg(path);
  } catch {
    return process.nextTick(callback, false);
  }
  binding.access(path, constants.F_OK, 'fs.exists()', (err) => callback(!err));
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: false,
  value: (path) => new Promise((resolve) => exists(path, resolve)),
});

function existsSync(path) {
  try {
    path = pathArg(path);
  } catch {
    return false;
  }
  try {
    binding.access(path, constants.F_OK, 'fs.existsSync()', undefined);
    return true;
  } catch (err) {
    if (err.code === 'ERR_ACCESS_DENIED') throw err;
    return false;
  }
}

// ---- directories ----

function readdirRecursive(path, options, readdirOne) {
  const out = [];
  const queue = [path];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const result = readdirOne(dir);
    const names = Array.from(result[0]);
    const types = result[1];
    for (let j = 0; j < names.length; j++) {
      const full = pathModule.join(dir, names[j]);
      if (options.withFileTypes) out.push(new Dirent(encodeName(names[j], options.encoding), types[j], dir));
      else out.push(encodeName(pathModule.relative(path, full), options.encoding));
      if (types[j] === constants.UV_DIRENT_DIR) queue.push(full);
    }
  }
  return out;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = pathArg(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    // Breadth first, as Node does; each directory is one worker round trip.
    const out = [];
    const queue = [path];
    const next = (i) => {
      if (i === queue.length) return callback(null, out);
      binding.readdir(queue[i], true, 'fs.readdir()', (err, result) => {
        if (err) return callback(err);
        const dir = queue[i];
        const names = Array.from(result[0]);
        names.forEach((n, j) => {
          const full = pathModule.join(dir, n);
          if (options.withFileTypes) out.push(new Dirent(encodeName(n, options.encoding), result[1][j], dir));
          else out.push(encodeName(pathModule.relative(path, full), options.encoding));
          if (result[1][j] === constants.UV_DIRENT_DIR) queue.push(full);
        });
        next(i + 1);
      });
    };
    return next(0);
  }
  binding.readdir(path, Boolean(options.withFileTypes), 'fs.readdir()',
    (err, result) => (err ? callback(err) : callback(null, direntsOrNames(result, path, options))));
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = pathArg(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    return readdirRecursive(path, options, (dir) => binding.readdir(dir, true, 'fs.readdirSync()', undefined));
  }
  return direntsOrNames(binding.readdir(path, Boolean(options.withFileTypes), 'fs.readdirSync()', undefined),
    path, options);
}

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = mkdirOptions(options);
  path = pathArg(path);
  callback = makeCallback(callback);
  binding.mkdir(path, mode, recursive, 'fs.mkdir()', (err, first) => {
    if (err) return callback(err);
    if (recursive) callback(null, first ?? undefined);
    else callback(null);
  });
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  const first = binding.mkdir(pathArg(path), mode, recursive, 'fs.mkdirSync()', undefined);
  return recursive ? first ?? undefined : undefined;
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = pathArg(prefix, 'prefix');
  binding.mkdtemp(prefix, 'fs.mkdtemp()',
    (err, dir) => (err ? callback(err) : callback(null, encodeName(dir, options.encoding))));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = pathArg(prefix, 'prefix');
  return encodeName(binding.mkdtemp(prefix, 'fs.mkdtempSync()', undefined), options.encoding);
}

// ---- links, names ----

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = pathArg(oldPath, 'oldPath');
  newPath = pathArg(newPath, 'newPath');
  binding.rename(oldPath, newPath, 'fs.rename()', (err) => callback(err || null));
}

function renameSync(oldPath, newPath) {
  binding.rename(pathArg(oldPath, 'oldPath'), pathArg(newPath, 'newPath'), 'fs.renameSync()', undefined);
}

function copyFileMode(mode) {
  mode = getValidMode(mode, 'copyFile');
  return (mode & constants.COPYFILE_EXCL) !== 0;
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = pathArg(src, 'src');
  dest = pathArg(dest, 'dest');
  const excl = copyFileMode(mode);
  callback = makeCallback(callback);
  binding.copyFile(src, dest, excl, 'fs.copyFile()', (err) => callback(err || null));
}

function copyFileSync(src, dest, mode) {
  const s = pathArg(src, 'src');
  const d = pathArg(dest, 'dest');
  binding.copyFile(s, d, copyFileMode(mode), 'fs.copyFileSync()', undefined);
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = pathArg(existingPath, 'existingPath');
  newPath = pathArg(newPath, 'newPath');
  binding.link(existingPath, newPath, 'fs.link()', (err) => callback(err || null));
}

function linkSync(existingPath, newPath) {
  binding.link(pathArg(existingPath, 'existingPath'), pathArg(newPath, 'newPath'), 'fs.linkSync()', undefined);
}

function validateSymlinkType(type) {
  if (type != null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  validateSymlinkType(type);
  callback = makeCallback(callback);
  target = pathArg(target, 'target');
  path = pathArg(path);
  binding.symlink(target, path, 'fs.symlink()', (err) => callback(err || null));
}

function symlinkSync(target, path, type) {
  validateSymlinkType(type);
  binding.symlink(pathArg(target, 'target'), pathArg(path), 'fs.symlinkSync()', undefined);
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  binding.readlink(pathArg(path, 'oldPath'), 'fs.readlink()',
    (err, target) => (err ? callback(err) : callback(null, encodeName(target, options.encoding))));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  return encodeName(binding.readlink(pathArg(path, 'oldPath'), 'fs.readlinkSync()', undefined), options.encoding);
}

function realpathImpl(nativeFlavour, api) {
  return function realpath(path, options, callback) {
    callback = typeof options === 'function' ? options : maybeCallback(callback);
    options = getOptions(options);
    path = pathArg(path);
    binding.realpath(path, nativeFlavour, api,
      (err, real) => (err ? callback(err) : callback(null, encodeName(real, options.encoding))));
  };
}

function realpathSyncImpl(nativeFlavour, api) {
  return function realpathSync(path, options) {
    options = getOptions(options);
    return encodeName(binding.realpath(pathArg(path), nativeFlavour, api, undefined), options.encoding);
  };
}

const realpath = realpathImpl(false, 'fs.realpath()');
realpath.native = realpathImpl(true, 'fs.realpath.native()');
const realpathSync = realpathSyncImpl(false, 'fs.realpathSync()');
realpathSync.native = realpathSyncImpl(true, 'fs.realpathSync.native()');

function unlink(path, callback) {
  callback = makeCallback(callback);
  binding.unlink(pathArg(path), 'fs.unlink()', (err) => callback(err || null));
}

function unlinkSync(path) {
  binding.unlink(pathArg(path), 'fs.unlinkSync()', undefined);
}

// ---- attributes ----

function chmod(path, mode, callback) {
  path = pathArg(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, 'fs.chmod()', (err) => callback(err || null));
}

function chmodSync(path, mode) {
  binding.chmod(pathArg(path), parseFileMode(mode, 'mode'), 'fs.chmodSync()', undefined);
}

function fchmod(fd, mode, callback) {
  fdCall('fchmod', getValidatedFd(fd), parseFileMode(mode, 'mode'), callback);
}

function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'), undefined);
}

function ids(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chown(path, uid, gid, callback) {
  path = pathArg(path);
  ids(uid, gid);
  callback = makeCallback(callback);
  binding.chown(path, uid, gid, true, 'fs.chown()', (err) => callback(err || null));
}

function chownSync(path, uid, gid) {
  path = pathArg(path);
  ids(uid, gid);
  binding.chown(path, uid, gid, true, 'fs.chownSync()', undefined);
}

function lchown(path, uid, gid, callback) {
  path = pathArg(path);
  ids(uid, gid);
  callback = makeCallback(callback);
  binding.chown(path, uid, gid, false, 'fs.lchown()', (err) => callback(err || null));
}

function lchownSync(path, uid, gid) {
  path = pathArg(path);
  ids(uid, gid);
  binding.chown(path, uid, gid, false, 'fs.lchownSync()', undefined);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  ids(uid, gid);
  fdCall('fchown', fd, uid, gid, callback);
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  ids(uid, gid);
  binding.fchown(fd, uid, gid, undefined);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = pathArg(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), true, 'fs.utimes()',
    (err) => callback(err || null));
}

function utimesSync(path, atime, mtime) {
  binding.utimes(pathArg(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), true, 'fs.utimesSync()', undefined);
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = pathArg(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), false, 'fs.lutimes()',
    (err) => callback(err || null));
}

function lutimesSync(path, atime, mtime) {
  binding.utimes(pathArg(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), false, 'fs.lutimesSync()', undefined);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  fdCall('futimes', fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), callback);
}

function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), undefined);
}

// ---- lazily loaded parts ----

let promises;
let streams;
const lazyStreams = () => (streams ??= require('internal/fs/streams'));
const lazy = (id, name) => function (...args) { return Reflect.apply(require(id)[name], this, args); };

function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
}

module.exports = {
  appendFile: rw.appendFile, appendFileSync: rw.appendFileSync,
  access, accessSync,
  chown, chownSync, chmod, chmodSync,
  close, closeSync,
  copyFile, copyFileSync,
  cp: lazy('internal/fs/cp', 'cp'), cpSync: lazy('internal/fs/cp', 'cpSync'),
  createReadStream, createWriteStream,
  exists, existsSync,
  fchown, fchownSync, fchmod, fchmodSync,
  fdatasync, fdatasyncSync,
  fstat, fstatSync,
  fsync, fsyncSync,
  ftruncate: rw.ftruncate, ftruncateSync: rw.ftruncateSync,
  futimes, futimesSync,
  lchown, lchownSync,
  lchmod: undefined, lchmodSync: undefined,
  link, linkSync,
  lstat, lstatSync,
  lutimes, lutimesSync,
  mkdir, mkdirSync,
  mkdtemp, mkdtempSync,
  open, openSync,
  openAsBlob: lazy('internal/fs/promises', 'openAsBlob'),
  readdir, readdirSync,
  read: rw.read, readSync: rw.readSync,
  readv: rw.readv, readvSync: rw.readvSync,
  readFile: rw.readFile, readFileSync: rw.readFileSync,
  readlink, readlinkSync,
  realpath, realpathSync,
  rename, renameSync,
  rm: lazy('internal/fs/rm', 'rm'), rmSync: lazy('internal/fs/rm', 'rmSync'),
  rmdir: lazy('internal/fs/rm', 'rmdir'), rmdirSync: lazy('internal/fs/rm', 'rmdirSync'),
  stat, statfs, statSync, statfsSync,
  symlink, symlinkSync,
  truncate: rw.truncate, truncateSync: rw.truncateSync,
  unwatchFile: lazy('internal/fs/watchers', 'unwatchFile'),
  unlink, unlinkSync,
  utimes, utimesSync,
  watch: lazy('internal/fs/watchers', 'watch'),
  watchFile: lazy('internal/fs/watchers', 'watchFile'),
  writeFile: rw.writeFile, writeFileSync: rw.writeFileSync,
  write: rw.write, writeSync: rw.writeSync,
  writev: rw.writev, writevSync: rw.writevSync,
  Dirent,
  Stats,
  get ReadStream() { return lazyStreams().ReadStream; },
  set ReadStream(v) { lazyStreams().ReadStream = v; },
  get WriteStream() { return lazyStreams().WriteStream; },
  set WriteStream(v) { lazyStreams().WriteStream = v; },
  get FileReadStream() { return lazyStreams().FileReadStream; },
  set FileReadStream(v) { lazyStreams().FileReadStream = v; },
  get FileWriteStream() { return lazyStreams().FileWriteStream; },
  set FileWriteStream(v) { lazyStreams().FileWriteStream = v; },
  _toUnixTimestamp: toUnixTimestamp,
};

Object.defineProperties(module.exports, {
  Dir: { enumerable: true, get: () => require('internal/fs/dir').Dir },
  opendir: { enumerable: true, writable: true, configurable: true, value: lazy('internal/fs/dir', 'opendir') },
  opendirSync: { enumerable: true, writable: true, configurable: true, value: lazy('internal/fs/dir', 'opendirSync') },
  F_OK: { enumerable: true, value: constants.F_OK },
  R_OK: { enumerable: true, value: constants.R_OK },
  W_OK: { enumerable: true, value: constants.W_OK },
  X_OK: { enumerable: true, value: constants.X_OK },
  constants: { configurable: false, enumerable: true, value: constants },
  promises: { configurable: true, enumerable: true, get: () => (promises ??= require('internal/fs/promises').exports) },
});
