// SPDX-License-Identifier: Apache-2.0
'use strict';
// fs.rm and fs.rmdir (with the deprecated recursive option): Node's checks (lstat first, a
// directory needs recursive), then one binding call; a tree is removed in Java (rm -rf).

const { validateBoolean } = require('internal/buffer/validate');
const { binding, pathArg, makeCallback, validateRmdirOptions, getStatsFromBinding } = require('internal/fs/utils');
const { errorFor, errnos } = require('internal/fs/system_error');

const ERR_FS_EISDIR = errorFor('ERR_FS_EISDIR');
const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };

function rmOptions(options) {
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  return options;
}

function isDirError(path) {
  return new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: errnos.EISDIR });
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = pathArg(path);
  options = rmOptions(options);
  callback = makeCallback(callback);
  // Deleting needs --allow-write even when there is nothing to delete (force), so check first.
  binding.checkWrite(path, 'fs.rm()');
  binding.stat(path, false, 'fs.rm()', (err, a) => {
    if (err) return callback(options.force && err.code === 'ENOENT' ? null : err);
    const stats = getStatsFromBinding(a);
    if (stats.isDirectory() && !options.recursive) return callback(isDirError(path));
    const done = (e) => callback(e && !(options.force && e.code === 'ENOENT') ? e : null);
    if (stats.isDirectory()) binding.rmTree(path, 'fs.rm()', done);
    else binding.unlink(path, 'fs.rm()', done);
  });
}

function rmSync(path, options) {
  path = pathArg(path);
  options = rmOptions(options);
  let stats;
  binding.checkWrite(path, 'fs.rmSync()');
  try {
    stats = getStatsFromBinding(binding.stat(path, false, 'fs.rmSync()', undefined));
  } catch (err) {
    if (options.force && err.code === 'ENOENT') return;
    throw err;
  }
  if (stats.isDirectory() && !options.recursive) throw isDirError(path);
  try {
    if (stats.isDirectory()) binding.rmTree(path, 'fs.rmSync()', undefined);
    else binding.unlink(path, 'fs.rmSync()', undefined);
  } catch (err) {
    if (!(options.force && err.code === 'ENOENT')) throw err;
  }
}

let warned = false;
function warnRecursive() {
  if (warned) return;
  warned = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
    'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = pathArg(path);
  if (options?.recursive) {
    warnRecursive();
    options = validateRmdirOptions(options);
    return binding.stat(path, false, 'fs.rmdir()', (err, a) => {
      if (err) return callback(err);
      if (!getStatsFromBinding(a).isDirectory()) {
        return binding.rmdir(path, 'fs.rmdir()', (e) => callback(e || null));
      }
      binding.rmTree(path, 'fs.rmdir()', (e) => callback(e || null));
    });
  }
  validateRmdirOptions(options);
  binding.rmdir(path, 'fs.rmdir()', (err) => callback(err || null));
}

function rmdirSync(path, options) {
  path = pathArg(path);
  if (options?.recursive) {
    warnRecursive();
    options = validateRmdirOptions(options);
    const stats = getStatsFromBinding(binding.stat(path, false, 'fs.rmdirSync()', undefined));
    if (stats.isDirectory()) return binding.rmTree(path, 'fs.rmdirSync()', undefined);
  } else {
    validateRmdirOptions(options);
  }
  binding.rmdir(path, 'fs.rmdirSync()', undefined);
}

module.exports = { rm, rmSync, rmdir, rmdirSync, rmOptions, isDirError };
