// SPDX-License-Identifier: Apache-2.0
'use strict';
// net.Socket: a Duplex over a SocketHandle (TCP, Unix or TLS on Netty). Reads push into the
// Readable and stop the channel's reads when it is full; writes go straight to Netty and their
// callbacks wait while Netty's buffer is over its high-water mark. Node's connect sequence
// (lookup, 'lookup', 'connect', 'ready'), half-open rules, timeouts and error shapes.

const { Duplex } = require('stream');
const { SocketHandle } = require('internal/net/handle');
const { IdleTimer } = require('internal/net/idle');
const { validateFunction, validateAbortSignal, getTimerDuration, errnoException } = require('internal/net/util');
const { codes, AbortError } = require('internal/errors');

const { ERR_INVALID_ARG_VALUE, ERR_SOCKET_CLOSED, ERR_SOCKET_CLOSED_BEFORE_CONNECTION } = codes;

const kTimeout = Symbol('timeout');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kPendingWriteCb = Symbol('pendingWriteCb');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kApi = Symbol('api');
const kUnref = Symbol('unref');
const kTlsContext = Symbol('tlsContext');
const kServername = Symbol('servername');
const normalizedArgsSymbol = Symbol('normalizedArgs');

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// connect()/listen() arguments to [options, cb]: (options[, cb]), (path[, cb]), (port[, host][, cb]).
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb === 'function' ? [options, cb] : [options, null];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options?.objectMode) throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  if (options?.readableObjectMode || options?.writableObjectMode) {
    const name = options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode';
    throw new ERR_INVALID_ARG_VALUE(`options.${name}`, options[name], 'is not supported');
  }
  this.connecting = false;
  this._hadError = false;
  this._parent = null;
  this._host = null;
  this[kTimeout] = null;
  this[kPendingWriteCb] = null;
  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  if (options.fd !== undefined) throw new codes.ERR_INVALID_FD_TYPE('fd (Bramble has no file-descriptor sockets)');
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  Duplex.call(this, options);

  this._handle = null;
  this._peername = null;
  this._sockname = null;
  this._pendingData = null;
  this._pendingEncoding = '';
  this.server = null;
  this._server = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);
  this[kApi] = options[kApi] || 'net.connect()';
  if (options.handle) {
    this._handle = options.handle;
    this._handle.setOwner(this);
    if (!this[kSetNoDelay]) this._handle.setNoDelay(false);
  }
  this.on('end', onReadableStreamEnd);
  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
  if (options.signal) addClientAbortSignalOption(this, options);
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

function addClientAbortSignalOption(self, options) {
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  function onAbort() {
    signal.removeEventListener('abort', onAbort);
    self._aborted = true;
    self.destroy(new AbortError(undefined, { cause: signal.reason }));
  }
  if (signal.aborted) process.nextTick(onAbort);
  else {
    signal.addEventListener('abort', onAbort);
    self.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

// --- events from the handle ---------------------------------------------------------------

Socket.prototype._onHandleRead = function (buf) {
  this[kBytesRead] += buf.length;
  this._unrefTimer();
  if (!this.push(buf) && this._handle) this._handle.readStop();
};

Socket.prototype._onHandleEnd = function () {
  // epoll may report a refused connect as a hang-up too; the connect callback tells the real story.
  if (this._readableState.ended || this.connecting) return;
  this.push(null);
  this.read(0);
};

Socket.prototype._onHandleError = function (errno, detail) {
  if (this.destroyed) return;
  if (errno === 0) this.destroy(require('_tls_wrap').tlsError(detail));
  else this.destroy(errnoException(errno, detail || 'read'));
};

Socket.prototype._onHandleWritable = function () {
  const cb = this[kPendingWriteCb];
  if (cb !== null) {
    this[kPendingWriteCb] = null;
    cb();
  }
};

// The channel closed under us (not through destroy()): end what is left and tear down.
Socket.prototype._onHandleClosed = function (handle) {
  // A failed connect closes the channel before its callback says why: leave it to afterConnect.
  if (this._handle !== handle || this.destroyed || this.connecting) return;
  if (!this._readableState.ended) {
    this.push(null);
    this.read(0);
  }
  this.destroy();
};

// --- reading and writing --------------------------------------------------------------------

Socket.prototype._read = function (n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    this._handle.readStart();
  }
};

Socket.prototype._writeGeneric = function (writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const onClose = () => cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  this._unrefTimer();
  let ok = true;
  if (writev) {
    for (let i = 0; i < data.length; i++) ok = this._handle.write(data[i].chunk, data[i].encoding);
  } else {
    ok = this._handle.write(data, encoding);
  }
  if (ok) cb();
  else this[kPendingWriteCb] = cb;
};

Socket.prototype._writev = function (chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function (data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

Socket.prototype._final = function (cb) {
  if (this.pending) return this.once('connect', () => this._final(cb));
  if (!this._handle) return cb();
  // As Node's afterShutdown: how the FIN went does not matter (a peer that reset the connection makes
  // shutdown fail, and the read side reports that as ECONNRESET).
  this._handle.shutdown(() => cb());
};

Socket.prototype.end = function (data, encoding, callback) {
  Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.destroySoon = function () {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function (exception, cb) {
  this.connecting = false;
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) {
      s[kTimeout].clear();
      s[kTimeout] = null;
    }
  }
  if (this._handle) {
    const isException = !!exception;
    const handle = this._handle;
    this[kBytesWritten] = handle.bytesWritten;
    this._getsockname();
    this._getpeername();
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      handle.reset(() => this.emit('close', isException));
    } else {
      handle.close(() => this.emit('close', isException));
    }
    this._handle = null;
    this._sockname = this._sockname || null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(() => this.emit('close', !!exception));
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

Socket.prototype.resetAndDestroy = function () {
  if (this._handle) {
    if (!this.connecting) {
      this.resetAndClosing = true;
      this.destroy();
    } else {
      this.once('connect', () => {
        this.resetAndClosing = true;
        this.destroy();
      });
    }
  } else {
    this.destroy(new codes.ERR_SOCKET_CLOSED());
  }
  return this;
};

// --- options and state --------------------------------------------------------------------

Socket.prototype.setNoDelay = function (enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function (enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (enable !== this[kSetKeepAlive] || (enable && this[kSetKeepAliveInitialDelay] !== initialDelay)) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.setTimeout = function (msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = getTimerDuration(msecs, 'msecs');
  if (this[kTimeout]) {
    this[kTimeout].clear();
    this[kTimeout] = null;
  }
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    this[kTimeout] = new IdleTimer(msecs, () => this._onTimeout());
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

Socket.prototype._onTimeout = function () {
  this.emit('timeout');
};

Socket.prototype._unrefTimer = function () {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};

Socket.prototype.address = function () {
  return this._getsockname();
};

Socket.prototype._getpeername = function () {
  if (!this._handle || this.connecting) return this._peername || {};
  if (!this._peername) {
    const out = {};
    if (this._handle.getpeername(out) !== 0) return out;
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function () {
  if (!this._handle) return this._sockname || {};
  if (!this._sockname) {
    const out = {};
    if (this._handle.getsockname(out) !== 0) return out;
    this._sockname = out;
  }
  return this._sockname;
};

function protoGetter(name, fn) {
  Object.defineProperty(Socket.prototype, name, { configurable: false, enumerable: true, get: fn });
}

protoGetter('_connecting', function () { return this.connecting; });
protoGetter('pending', function () { return !this._handle || this.connecting; });
protoGetter('readyState', function () {
  if (this.connecting) return 'opening';
  if (this.readable && this.writable) return 'open';
  if (this.readable && !this.writable) return 'readOnly';
  if (!this.readable && this.writable) return 'writeOnly';
  return 'closed';
});
protoGetter('bufferSize', function () {
  if (this._handle) return this.writableLength;
  return undefined;
});
protoGetter('bytesRead', function () { return this[kBytesRead]; });
protoGetter('bytesWritten', function () {
  let bytes = this._handle ? this._handle.bytesWritten : this[kBytesWritten];
  const data = this._pendingData;
  const encoding = this._pendingEncoding;
  const writableBuffer = this.writableBuffer;
  if (!writableBuffer) return undefined;
  for (const el of writableBuffer) {
    bytes += el.chunk instanceof Buffer ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
  }
  if (Array.isArray(data)) {
    for (const el of data) bytes += el.chunk instanceof Buffer ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
  } else if (data) {
    bytes += typeof data === 'object' ? data.length : Buffer.byteLength(data, encoding);
  }
  return bytes;
});
protoGetter('remoteAddress', function () { return this._getpeername().address; });
protoGetter('remoteFamily', function () { return this._getpeername().family; });
protoGetter('remotePort', function () { return this._getpeername().port; });
protoGetter('localAddress', function () { return this._getsockname().address; });
protoGetter('localPort', function () { return this._getsockname().port; });
protoGetter('localFamily', function () { return this._getsockname().family; });

// Before the handle exists (while connecting) the wish is kept and applied when it is made.
Socket.prototype.ref = function () {
  this[kUnref] = false;
  if (this._handle) this._handle.ref();
  return this;
};

Socket.prototype.unref = function () {
  this[kUnref] = true;
  if (this._handle) this._handle.unref();
  return this;
};

const { Buffer } = require('buffer');

module.exports = {
  Socket, normalizeArgs, normalizedArgsSymbol, isPipeName, toNumber, kApi, kTlsContext, kServername,
  kSetNoDelay, kSetKeepAlive, kSetKeepAliveInitialDelay, kUnref, kTimeout, kBytesRead, kBytesWritten,
};
// Connecting adds Socket.prototype.connect and needs the names above, so it loads last.
Object.assign(module.exports, require('internal/net/connect'));
