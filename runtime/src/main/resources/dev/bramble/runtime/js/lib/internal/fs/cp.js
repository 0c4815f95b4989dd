// SPDX-License-Identifier: Apache-2.0
'use strict';
// fs.cp / cpSync / fsPromises.cp with Node's checks and errors. The walk is written once, as a
// generator that yields the file system calls it needs; runSync does them with the sync API,
// runAsync with fs.promises (so an async filter works there, as in Node).

const { dirname, isAbsolute, join, resolve, sep } = require('path');
const { codes: { ERR_INVALID_ARG_TYPE }, define } = require('internal/errors');
const { validateBoolean, validateFunction, validateObject } = require('internal/buffer/validate');
const { pathArg, getValidMode, makeCallback } = require('internal/fs/utils');
const { errorFor, errnos: { EINVAL, EISDIR, ENOTDIR, EEXIST } } = require('internal/fs/system_error');

const ERR_INCOMPATIBLE_OPTION_PAIR = define('ERR_INCOMPATIBLE_OPTION_PAIR',
  (a, b) => `Option "${a}" cannot be used in combination with option "${b}"`, TypeError);
const E = (key) => errorFor(key);
const ERR_FS_CP_EINVAL = E('ERR_FS_CP_EINVAL');
const ERR_FS_CP_DIR_TO_NON_DIR = E('ERR_FS_CP_DIR_TO_NON_DIR');
const ERR_FS_CP_NON_DIR_TO_DIR = E('ERR_FS_CP_NON_DIR_TO_DIR');
const ERR_FS_EISDIR = E('ERR_FS_EISDIR');
const ERR_FS_CP_EEXIST = E('ERR_FS_CP_EEXIST');
const ERR_FS_CP_SOCKET = E('ERR_FS_CP_SOCKET');
const ERR_FS_CP_FIFO_PIPE = E('ERR_FS_CP_FIFO_PIPE');
const ERR_FS_CP_UNKNOWN = E('ERR_FS_CP_UNKNOWN');
const ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY = E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY');

const defaults = {
  dereference: false, errorOnExist: false, filter: undefined, force: true, preserveTimestamps: false,
  recursive: false, verbatimSymlinks: false,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...defaults };
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  for (const k of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(options[k], `options.${k}`);
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  options.mode = getValidMode(options.mode, 'copyFile');
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  return options;
}

const ctx = (message, path, errno, code) => ({ message, path, syscall: 'cp', errno, code });

function isSrcSubdir(src, dest) {
  const s = resolve(src).split(sep).filter(Boolean);
  const d = resolve(dest).split(sep).filter(Boolean);
  return s.every((part, i) => d[i] === part);
}

function areIdentical(a, b) {
  return b.ino && b.dev && b.ino === a.ino && b.dev === a.dev;
}

function* checkPaths(src, dest, opts) {
  if (opts.filter && !(yield ['filter', src, dest])) return { skipped: true };
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src];
  const destStat = yield [opts.dereference ? 'statMaybe' : 'lstatMaybe', dest];
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      throw new ERR_FS_CP_EINVAL(ctx('src and dest cannot be the same', dest, EINVAL, 'EINVAL'));
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw new ERR_FS_CP_DIR_TO_NON_DIR(ctx(`cannot overwrite non-directory ${dest} with directory ${src}`, dest, EISDIR, 'EISDIR'));
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw new ERR_FS_CP_NON_DIR_TO_DIR(ctx(`cannot overwrite directory ${dest} with non-directory ${src}`, dest, ENOTDIR, 'ENOTDIR'));
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw new ERR_FS_CP_EINVAL(ctx(`cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL'));
  }
  return { srcStat, destStat, skipped: false };
}

function* copyEntry(destStat, src, dest, opts) {
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src];
  if (srcStat.isDirectory() && opts.recursive) {
    if (!destStat) {
      yield ['mkdir', dest];
      yield* copyDir(src, dest, opts);
      return yield ['chmod', dest, Number(srcStat.mode)];
    }
    return yield* copyDir(src, dest, opts);
  }
  if (srcStat.isDirectory()) {
    throw new ERR_FS_EISDIR(ctx(`${src} is a directory (not copied)`, src, EINVAL, 'EISDIR'));
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat) {
      if (opts.force) {
        yield ['unlink', dest];
      } else {
        if (opts.errorOnExist) throw new ERR_FS_CP_EEXIST(ctx(`${dest} already exists`, dest, EEXIST, 'EEXIST'));
        return undefined;
      }
    }
    yield ['copyFile', src, dest, opts.mode];
    if (opts.preserveTimestamps) {
      if ((Number(srcStat.mode) & 0o200) === 0) yield ['chmod', dest, Number(srcStat.mode) | 0o200];
      const st = yield ['stat', src];
      yield ['utimes', dest, st.atime, st.mtime];
    }
    return yield ['chmod', dest, Number(srcStat.mode)];
  }
  if (srcStat.isSymbolicLink()) return yield* copyLink(destStat, src, dest, opts);
  if (srcStat.isSocket()) throw new ERR_FS_CP_SOCKET(ctx(`cannot copy a socket file: ${dest}`, dest, EINVAL, 'EINVAL'));
  if (srcStat.isFIFO()) throw new ERR_FS_CP_FIFO_PIPE(ctx(`cannot copy a FIFO pipe: ${dest}`, dest, EINVAL, 'EINVAL'));
  throw new ERR_FS_CP_UNKNOWN(ctx(`cannot copy an unknown file type: ${dest}`, dest, EINVAL, 'EINVAL'));
}

function* copyDir(src, dest, opts) {
  const names = yield ['readdir', src];
  for (const name of names) {
    const srcItem = join(src, name);
    const destItem = join(dest, name);
    const { destStat, skipped } = yield* checkPaths(srcItem, destItem, opts);
    if (!skipped) yield* copyEntry(destStat, srcItem, destItem, opts);
  }
}

function* copyLink(destStat, src, dest, opts) {
  let resolvedSrc = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !isAbsolute(resolvedSrc)) resolvedSrc = resolve(dirname(src), resolvedSrc);
  if (!destStat) return yield ['symlink', resolvedSrc, dest];
  let resolvedDest;
  try {
    resolvedDest = yield ['readlink', dest];
  } catch (err) {
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return yield ['symlink', resolvedSrc, dest];
    throw err;
  }
  if (!isAbsolute(resolvedDest)) resolvedDest = resolve(dirname(dest), resolvedDest);
  if (isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw new ERR_FS_CP_EINVAL(ctx(`cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`, dest, EINVAL, 'EINVAL'));
  }
  const srcStat = yield ['stat', src];
  if (srcStat.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw new ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY(ctx(`cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest, EINVAL, 'EINVAL'));
  }
  yield ['unlink', dest];
  return yield ['symlink', resolvedSrc, dest];
}

function* cpWalk(src, dest, opts) {
  const { destStat, skipped } = yield* checkPaths(src, dest, opts);
  if (skipped) return;
  const parent = dirname(dest);
  if (!(yield ['exists', parent])) yield ['mkdirp', parent];
  yield* copyEntry(destStat, src, dest, opts);
}

function syncOps(fs, opts) {
  return {
    filter: (s, d) => opts.filter(s, d),
    stat: (p) => fs.statSync(p, { bigint: true }),
    lstat: (p) => fs.lstatSync(p, { bigint: true }),
    statMaybe: (p) => fs.statSync(p, { bigint: true, throwIfNoEntry: false }),
    lstatMaybe: (p) => fs.lstatSync(p, { bigint: true, throwIfNoEntry: false }),
    mkdir: (p) => fs.mkdirSync(p),
    mkdirp: (p) => fs.mkdirSync(p, { recursive: true }),
    chmod: (p, m) => fs.chmodSync(p, m),
    unlink: (p) => fs.unlinkSync(p),
    copyFile: (s, d, m) => fs.copyFileSync(s, d, m),
    utimes: (p, a, m) => fs.utimesSync(p, a, m),
    readdir: (p) => fs.readdirSync(p),
    readlink: (p) => fs.readlinkSync(p),
    symlink: (t, p) => fs.symlinkSync(t, p),
    exists: (p) => fs.existsSync(p),
  };
}

function asyncOps(fsp, fs, opts) {
  const maybe = (fn) => (p) => fn(p, { bigint: true }).catch((e) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
  return {
    filter: async (s, d) => opts.filter(s, d),
    stat: (p) => fsp.stat(p, { bigint: true }),
    lstat: (p) => fsp.lstat(p, { bigint: true }),
    statMaybe: maybe(fsp.stat),
    lstatMaybe: maybe(fsp.lstat),
    mkdir: (p) => fsp.mkdir(p),
    mkdirp: (p) => fsp.mkdir(p, { recursive: true }),
    chmod: (p, m) => fsp.chmod(p, m),
    unlink: (p) => fsp.unlink(p),
    copyFile: (s, d, m) => fsp.copyFile(s, d, m),
    utimes: (p, a, m) => fsp.utimes(p, a, m),
    readdir: (p) => fsp.readdir(p),
    readlink: (p) => fsp.readlink(p),
    symlink: (t, p) => fsp.symlink(t, p),
    exists: (p) => fsp.access(p).then(() => true, () => false),
  };
}

function runSync(gen, ops) {
  let step = gen.next();
  while (!step.done) {
    const [op, ...args] = step.value;
    let value;
    try {
      value = ops[op](...args);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(value);
  }
  return step.value;
}

async function runAsync(gen, ops) {
  let step = gen.next();
  while (!step.done) {
    const [op, ...args] = step.value;
    let value;
    try {
      value = await ops[op](...args);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(value);
  }
  return step.value;
}

function paths(src, dest) {
  return [pathArg(src, 'src'), pathArg(dest, 'dest')];
}

function cpSync(src, dest, options) {
  const opts = validateCpOptions(options);
  [src, dest] = paths(src, dest);
  runSync(cpWalk(src, dest, opts), syncOps(require('fs'), opts));
}

async function cpPromise(src, dest, options) {
  const opts = validateCpOptions(options);
  [src, dest] = paths(src, dest);
  await runAsync(cpWalk(src, dest, opts), asyncOps(require('fs').promises, require('fs'), opts));
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  const opts = validateCpOptions(options);
  [src, dest] = paths(src, dest);
  runAsync(cpWalk(src, dest, opts), asyncOps(require('fs').promises, require('fs'), opts))
    .then(() => callback(null), callback);
}

module.exports = { cp, cpSync, cpPromise, ERR_INVALID_ARG_TYPE };
