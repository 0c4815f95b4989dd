// SPDX-License-Identifier: Apache-2.0
'use strict';
// ChildProcess: the EventEmitter Node's spawn() returns, over the binding's Child handle. Events
// and their order follow Node: 'spawn' on the next tick; 'exit' (code, signal) when the process
// ends; 'close' once it has ended and every piped output has closed; 'error' for spawn failures.

const EventEmitter = require('events');
const { Readable, Writable } = require('stream');
const { validateObject, validateString, validateArray, validateOneOf } = require('internal/buffer/validate');
const { errnoException } = require('internal/uv_errors');
const { convertToValidSignal, getValidStdio } = require('internal/child_process/options');
const { define } = require('internal/errors');

const binding = internalBinding('child_process');
const ERR_FEATURE_UNAVAILABLE_ON_PLATFORM = define('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
  'The feature %s is unavailable on the current platform, which is being used to run Node.js', TypeError);

const UV_ENOENT = -2;
const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_EMFILE = -24;
const UV_ENFILE = -23;
const UV_ESRCH = -3;
const UV_EINVAL = -22;
const UV_ENOSYS = -38;
const UV_EPIPE = -32;

/** A child's stdout or stderr: data arrives from the binding's reader thread. */
class ChildOutput extends Readable {
  constructor(handle, fd) {
    super();
    this._child = handle;
    this._fd = fd;
    this.fd = undefined;
  }

  _read() {
    if (this._child) this._child.readStart(this._fd);
    else this.push(null);
  }

  _onData(chunk) {
    if (chunk === null) {
      this._child = null;
      this.push(null);
    } else if (!this.push(Buffer.from(new ArrayBuffer(chunk))) && this._child) {
      this._child.readStop(this._fd);
    }
  }

  _destroy(err, cb) {
    if (this._child) this._child.closeOutput(this._fd);
    this._child = null;
    cb(err);
  }

  ref() { return this; }

  unref() { return this; }
}

/** A child's stdin: writes go to the binding's writer thread. */
class ChildInput extends Writable {
  constructor(handle) {
    super();
    this._child = handle;
    this.fd = undefined;
  }

  _write(chunk, encoding, cb) {
    if (!this._child) return cb(errnoException(UV_EPIPE, 'write'));
    this._child.write(chunk, (err) => cb(err ? errnoException(UV_EPIPE, 'write') : null));
  }

  _final(cb) {
    if (!this._child) return cb();
    this._child.end(() => cb());
  }

  _destroy(err, cb) {
    if (this._child) this._child.destroyStdin();
    this._child = null;
    cb(err);
  }

  ref() { return this; }

  unref() { return this; }
}

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

// Streams nobody read are drained so they end and 'close' can come, as Node does.
function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (const stream of stdio) {
    if (!stream || !stream.readable || stream._readableState.readableListening) continue;
    stream.resume();
  }
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
  }

  spawn(options) {
    validateObject(options, 'options');
    const { stdio, ipc } = getValidStdio(options.stdio || 'pipe', false);
    options.stdio = stdio;
    validateOneOf(options.serialization, 'options.serialization', [undefined, 'json', 'advanced']);
    // null envPairs: the runtime's environment (see normalizeSpawnArguments).
    if (ipc !== undefined && options.envPairs != null) validateArray(options.envPairs, 'options.envPairs');
    for (let i = 3; i < stdio.length; i++) {
      if (stdio[i].type !== 'ignore' && stdio[i].type !== 'ipc') {
        throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM(`stdio[${i}] of type '${stdio[i].type}'`);
      }
    }
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) {
      this.spawnargs = [];
    } else {
      validateArray(options.args, 'options.args');
      this.spawnargs = options.args;
    }
    const channel = ipc === undefined ? undefined : require('internal/child_process/ipc').parentChannel(options);

    const streams = [];
    const onData = (fd, chunk) => streams[fd]._onData(chunk);
    let result;
    try {
      result = binding.spawn(options, onData, (code, signal) => this._onExit(code, signal));
    } catch (e) {
      if (channel) channel.close();
      throw e;
    }
    let err = 0;
    if (typeof result === 'number') {
      err = result;
      if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE || err === UV_ENOENT) {
        this._handle = { kill: () => UV_ESRCH, ref() {}, unref() {} };
        process.nextTick(() => this._onExit(err, null));
        if (err === UV_EMFILE || err === UV_ENFILE) return err;
      } else {
        if (channel) channel.close();
        throw errnoException(err, 'spawn');
      }
      if (channel) channel.close();
      this.pid = undefined;
    } else {
      this._handle = result;
      this.pid = result.pid();
      process.nextTick(() => this.emit('spawn'));
    }

    for (let i = 0; i < 3; i++) {
      if (stdio[i].type !== 'pipe') continue;
      const stream = i === 0 ? new ChildInput(err ? null : result) : new ChildOutput(err ? null : result, i);
      streams[i] = stream;
      stdio[i].socket = stream;
      if (i > 0) {
        this._closesNeeded++;
        stream.on('close', () => maybeClose(this));
      }
    }

    this.stdin = stdio[0].socket ?? null;
    this.stdout = stdio[1].socket ?? null;
    this.stderr = stdio[2].socket ?? null;
    this.stdio = stdio.map((s) => s.socket ?? null);
    if (channel && !err) {
      this._closesNeeded++;
      require('internal/child_process/ipc').setupChannel(this, channel, () => maybeClose(this), false);
    }
    return err;
  }

  _onExit(exitCode, signalCode) {
    if (signalCode) this.signalCode = signalCode;
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    this._handle = null;
    if (exitCode < 0) {
      const err = errnoException(exitCode, this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn');
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === UV_ESRCH) {
        // already gone
      } else if (err === UV_EINVAL || err === UV_ENOSYS) {
        throw errnoException(err, 'kill');
      } else {
        this.emit('error', errnoException(err, 'kill'));
      }
    }
    return false;
  }

  ref() {
    if (this._handle) this._handle.ref();
  }

  unref() {
    if (this._handle) this._handle.unref();
  }
}

module.exports = { ChildProcess, ChildOutput, ChildInput };
