// SPDX-License-Identifier: Apache-2.0
'use strict';
// fs.watch (FSWatcher over the binding's WatchService handle) and fs.watchFile/unwatchFile
// (StatWatcher: polls stat like libuv's uv_fs_poll and reports (curr, prev) when it changes).

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { validateBoolean, validateFunction, validateUint32, validateObject } = require('internal/buffer/validate');
const { AbortError } = require('internal/errors');
const { binding, pathArg, getOptions, getStatsFromBinding, validateAbortSignal } = require('internal/fs/utils');

const kFsWatcherHandle = Symbol('kFSWatcherHandle');

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = null;
  }

  start(filename, persistent, recursive, encoding) {
    const path = pathArg(filename, 'filename');
    try {
      this._handle = binding.watch(path, recursive, (eventType, name) => {
        if (this._handle === null) return;
        this.emit('change', eventType, encoding === 'buffer' ? Buffer.from(name)
          : encoding && encoding !== 'utf8' ? Buffer.from(name).toString(encoding) : name);
      }, 'fs.watch()');
    } catch (err) {
      if (err.syscall === 'watch') err.filename = path;
      throw err;
    }
    if (!persistent) this._handle.unref();
  }

  close() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }

  [Symbol.asyncDispose]() {
    this.close();
    return Promise.resolve();
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = getOptions(options);
  options = { persistent: true, recursive: false, ...options };
  validateBoolean(options.persistent, 'options.persistent');
  validateBoolean(options.recursive, 'options.recursive');
  validateAbortSignal(options.signal, 'options.signal');
  const watcher = new FSWatcher();
  watcher.start(filename, options.persistent, options.recursive, options.encoding);
  if (listener) watcher.addListener('change', listener);
  if (options.signal) {
    if (options.signal.aborted) process.nextTick(() => watcher.close());
    else options.signal.addEventListener('abort', () => watcher.close(), { once: true });
  }
  return watcher;
}

// fsPromises.watch: the same events as an async iterator of { eventType, filename }.
function watchAsync(filename, options = {}) {
  validateObject(options, 'options');
  const { signal } = options;
  validateAbortSignal(signal, 'options.signal');
  const queue = [];
  let wake = null;
  let error = null;
  const watcher = watch(filename, { ...options, signal: undefined });
  watcher.on('change', (eventType, name) => {
    queue.push({ eventType, filename: name });
    if (wake) wake();
  });
  const onAbort = () => {
    error = new AbortError(undefined, { cause: signal.reason });
    watcher.close();
    if (wake) wake();
  };
  if (signal) {
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  return {
    async next() {
      while (queue.length === 0 && error === null) await new Promise((resolve) => { wake = resolve; });
      wake = null;
      if (queue.length) return { value: queue.shift(), done: false };
      throw error;
    },
    async return() {
      watcher.close();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

// ---- watchFile ----

const zeroStats = new Float64Array(18);
const statWatchers = new Map();

function sameStats(a, b) {
  // uv_fs_poll's statbuf_eq: times (with nanoseconds), size, mode, ids, inode and device.
  for (const i of [14, 15, 12, 13, 16, 17, 8, 1, 3, 4, 7, 0]) if (a[i] !== b[i]) return false;
  return true;
}

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._bigint = bigint;
    this._timer = null;
    this._prev = null;
    this._status = 0; // 0: not yet polled, 1: ok, <0: the errno of a failing stat
  }

  start(path, persistent, interval) {
    const poll = () => {
      binding.stat(path, true, 'fs.watchFile()', (err, a) => {
        if (this._timer === null) return;
        if (err) {
          if (this._status !== err.errno) {
            this._emit(zeroStats, this._prev ?? zeroStats);
            this._prev = zeroStats;
            this._status = err.errno;
          }
          return;
        }
        const curr = Array.from(a);
        if (this._status !== 0 && (this._status < 0 || !sameStats(this._prev, curr))) this._emit(curr, this._prev);
        this._prev = curr;
        this._status = 1;
      });
    };
    this._timer = setInterval(poll, interval);
    if (!persistent) this._timer.unref();
    poll();
  }

  _emit(curr, prev) {
    this.emit('change', getStatsFromBinding(curr, this._bigint), getStatsFromBinding(prev, this._bigint));
  }

  stop() {
    if (this._timer === null) return;
    clearInterval(this._timer);
    this._timer = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this._timer?.ref();
    return this;
  }

  unref() {
    this._timer?.unref();
    return this;
  }
}

function watchFile(filename, options, listener) {
  const path = pathArg(filename, 'filename');
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  validateUint32(options.interval, 'options.interval');
  let stat = statWatchers.get(path);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat.start(path, options.persistent, options.interval);
    statWatchers.set(path, stat);
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  const path = pathArg(filename, 'filename');
  const stat = statWatchers.get(path);
  if (stat === undefined) return;
  if (typeof listener === 'function') stat.removeListener('change', listener);
  else stat.removeAllListeners('change');
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(path);
  }
}

module.exports = { FSWatcher, StatWatcher, watch, watchAsync, watchFile, unwatchFile, kFsWatcherHandle };
