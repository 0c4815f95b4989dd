// SPDX-License-Identifier: Apache-2.0
'use strict';
// fs.Dir (opendir): entries in the OS's order, read in batches of bufferSize from the binding's
// DirHandle; callback, promise, sync and async-iterator forms; one operation at a time.

const { codes: { ERR_MISSING_ARGS }, define } = require('internal/errors');
const { validateFunction, validateUint32, validateBoolean } = require('internal/buffer/validate');
const { binding, pathArg, getOptions, encodeName, Dirent, makeCallback } = require('internal/fs/utils');
const { join } = require('path');

const ERR_DIR_CLOSED = define('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
const ERR_DIR_CONCURRENT_OPERATION = define('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);

const kHandle = Symbol('kDirHandle');

class Dir {
  #handle;
  #path;
  #options;
  #buffered = [];
  #closed = false;
  #busy = false;
  #queue = [];
  #subdirs = [];

  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this.#handle = handle;
    this.#path = path;
    this.#options = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
    validateUint32(this.#options.bufferSize, 'options.bufferSize', true);
    if (this.#options.recursive !== undefined) validateBoolean(this.#options.recursive, 'options.recursive');
    this[kHandle] = handle;
  }

  get path() {
    return this.#path;
  }

  #toDirents(result, parent) {
    const names = Array.from(result[0]);
    return names.map((n, i) => new Dirent(encodeName(n, this.#options.encoding), result[1][i], parent));
  }

  // Recursive opendir: subdirectories are opened as their parent's entries are handed out.
  #take() {
    const entry = this.#buffered.shift();
    if (entry && this.#options.recursive && entry.isDirectory()) {
      this.#subdirs.push(join(entry.parentPath, entry.name));
    }
    return entry;
  }

  #readBatchSync() {
    while (true) {
      const result = this.#current().read(this.#options.bufferSize, undefined);
      if (result) {
        this.#buffered.push(...this.#toDirents(result, this.#currentPath()));
        return;
      }
      if (!this.#nextSubdirSync()) return;
    }
  }

  #currentHandle = null;
  #currentDir = null;

  #current() {
    return this.#currentHandle ?? this.#handle;
  }

  #currentPath() {
    return this.#currentDir ?? this.#path;
  }

  #nextSubdirSync() {
    if (this.#currentHandle) this.#currentHandle.close(undefined);
    this.#currentHandle = null;
    const next = this.#subdirs.shift();
    if (next === undefined) return false;
    this.#currentDir = next;
    this.#currentHandle = binding.opendir(next, 'fs.opendir()', undefined);
    return true;
  }

  #readBatch(cb) {
    this.#current().read(this.#options.bufferSize, (err, result) => {
      if (err) return cb(err);
      if (result) {
        this.#buffered.push(...this.#toDirents(result, this.#currentPath()));
        return cb(null);
      }
      if (this.#currentHandle) this.#currentHandle.close(() => {});
      this.#currentHandle = null;
      const next = this.#subdirs.shift();
      if (next === undefined) return cb(null);
      this.#currentDir = next;
      binding.opendir(next, 'fs.opendir()', (e, h) => {
        if (e) return cb(e);
        this.#currentHandle = h;
        this.#readBatch(cb);
      });
    });
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.read((err, d) => (err ? reject(err) : resolve(d))));
    }
    validateFunction(callback, 'callback');
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#busy) {
      this.#queue.push(() => this.read(callback));
      return;
    }
    if (this.#buffered.length > 0) {
      const entry = this.#take();
      process.nextTick(callback, null, entry);
      return;
    }
    this.#busy = true;
    this.#readBatch((err) => {
      this.#busy = false;
      const next = this.#queue.shift();
      if (err) callback(err);
      else callback(null, this.#take() ?? null);
      if (next) next();
    });
  }

  readSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#busy) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this.#buffered.length === 0) this.#readBatchSync();
    return this.#take() ?? null;
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    validateFunction(callback, 'callback');
    if (this.#closed) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this.#busy) {
      this.#queue.push(() => this.close(callback));
      return;
    }
    this.#closed = true;
    if (this.#currentHandle) this.#currentHandle.close(() => {});
    this.#handle.close((err) => callback(err || null));
  }

  closeSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#busy) throw new ERR_DIR_CONCURRENT_OPERATION();
    this.#closed = true;
    if (this.#currentHandle) this.#currentHandle.close(undefined);
    this.#handle.close(undefined);
  }

  async* entries() {
    try {
      while (true) {
        const entry = await this.read();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (!this.#closed) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

function opendir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  path = pathArg(path);
  options = getOptions(options, { encoding: 'utf8' });
  binding.opendir(path, 'fs.opendir()', (err, handle) => {
    if (err) return callback(err);
    let dir;
    try {
      dir = new Dir(handle, path, options);
    } catch (e) {
      return callback(e);
    }
    callback(null, dir);
  });
}

function opendirSync(path, options) {
  path = pathArg(path);
  options = getOptions(options, { encoding: 'utf8' });
  return new Dir(binding.opendir(path, 'fs.opendirSync()', undefined), path, options);
}

module.exports = { Dir, opendir, opendirSync };
