// SPDX-License-Identifier: Apache-2.0
'use strict';
// net.Server: listen() in all of Node's forms, 'listening'/'connection'/'close'/'drop', address(),
// getConnections(), maxConnections, ref/unref. The binding binds synchronously, so address() is
// right after listen() when no host needs resolving, as in Node.

const EventEmitter = require('events');
const binding = internalBinding('net');
const { SocketHandle, fill } = require('internal/net/handle');
const {
  Socket, normalizeArgs, isPipeName, toNumber, kApi, kTlsContext, kSetNoDelay, kSetKeepAlive, kSetKeepAliveInitialDelay,
} = require('internal/net/socket');
const {
  isIP, validatePort, validateNumber, validateAbortSignal, uvExceptionWithHostPort, dnsException, errnoException,
} = require('internal/net/util');
const { codes } = require('internal/errors');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_SERVER_ALREADY_LISTEN, ERR_SERVER_NOT_RUNNING } = codes;

const kConnectionClass = Symbol('connectionClass');

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (typeof options.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (typeof options.highWaterMark !== 'undefined') validateNumber(options.highWaterMark, 'options.highWaterMark', 0);
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._pipeName = undefined;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? 16384;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', {
  configurable: true,
  enumerable: true,
  get() { return !!this._handle; },
});

Server.prototype.listen = function (...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
  options = options._handle || options.handle || options;
  if (options.signal !== undefined) addServerAbortSignalOption(this, options);
  if (typeof options.fd === 'number' && options.fd >= 0) {
    throw new codes.ERR_INVALID_FD_TYPE('fd (Bramble cannot listen on a file descriptor)');
  }
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    const backlog = options.backlog || backlogFromArgs;
    if (options.host) lookupAndListen(this, options.port | 0, options.host, backlog);
    else listenOn(this, null, options.port | 0, backlog);
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    this._pipeName = options.path;
    listenOn(this, options.path, -1, options.backlog || backlogFromArgs);
    return this;
  }
  if (!('port' in options) && !('path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function addServerAbortSignalOption(self, options) {
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAborted = () => self.close();
  if (signal.aborted) process.nextTick(onAborted);
  else {
    signal.addEventListener('abort', onAborted);
    self.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

function lookupAndListen(self, port, address, backlog) {
  if (typeof address !== 'string') throw new ERR_INVALID_ARG_TYPE('hostname', 'string', address);
  if (isIP(address)) {
    listenOn(self, address, port, backlog);
    return;
  }
  try {
    binding.lookup(address, port, 0, (errno, list) => {
      if (errno) self.emit('error', dnsException(errno, 'getaddrinfo', address));
      else listenOn(self, list[0], port, backlog, address);
    }, self[kApi] || 'net.Server.listen()');
  } catch (err) {
    if (err?.code !== 'ERR_ACCESS_DENIED') throw err;
    process.nextTick(() => self.emit('error', err));
  }
}

// `name` is the host as the program gave it, which --allow-net is checked against.
function listenOn(self, address, port, backlog, name = address) {
  const owner = { onconnection: (java) => onconnection(self, java) };
  const tls = self[kTlsContext] || null;
  const api = self[kApi] || 'net.Server.listen()';
  let result;
  try {
    result = port === -1
      ? binding.listenUnix(require('path').resolve(address), backlog || 511, owner, tls, api)
      : binding.listen(name, address, port, backlog || 511, owner, tls, api);
  } catch (err) {
    // A refusal by --allow-net comes as 'error', like EACCES from the OS.
    if (err?.code !== 'ERR_ACCESS_DENIED') throw err;
    process.nextTick(() => self.emit('error', err));
    return;
  }
  if (typeof result === 'number') {
    const shown = port === -1 ? address : (address || '::');
    const ex = uvExceptionWithHostPort(result, 'listen', shown, port === -1 ? undefined : port);
    process.nextTick(() => self.emit('error', ex));
    return;
  }
  self._handle = result;
  if (self._unref) result.unref();
  process.nextTick(() => {
    if (self._handle) self.emit('listening');
  });
}

function onconnection(self, java) {
  const handle = new SocketHandle(java, !!self[kTlsContext]);
  if (self.maxConnections && self._connections >= self.maxConnections) {
    const data = Object.create(null);
    const local = {};
    const remote = {};
    handle.getsockname(local);
    handle.getpeername(remote);
    if (local.address !== undefined) {
      data.localAddress = local.address;
      data.localPort = local.port;
      data.localFamily = local.family;
      data.remoteAddress = remote.address;
      data.remotePort = remote.port;
      data.remoteFamily = remote.family;
    }
    self.emit('drop', data);
    handle.close();
    return;
  }
  const SocketClass = self[kConnectionClass] || Socket;
  const socket = new SocketClass({
    handle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: self.highWaterMark,
    writableHighWaterMark: self.highWaterMark,
    noDelay: self.noDelay,
    server: self,
  });
  if (self.keepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = self.keepAliveInitialDelay;
    handle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  self._connections++;
  socket.server = self;
  socket._server = self;
  self._onSocket(socket);
}

// Where an accepted socket goes; tls.Server waits for the handshake first.
Server.prototype._onSocket = function (socket) {
  this.emit('connection', socket);
};

Server.prototype.address = function () {
  if (this._handle) {
    const info = this._handle.address();
    if (info == null) return null;
    if (info.length === 1) return this._pipeName;
    const out = {};
    fill(out, info);
    return out;
  }
  if (this._pipeName) return this._pipeName;
  return null;
};

Server.prototype.getConnections = function (cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.close = function (cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() { cb(new ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    const handle = this._handle;
    this._handle = null;
    handle.close(() => this._emitCloseIfDrained());
    return this;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function () {
  if (this._handle || this._connections) return;
  if (this._closeQueued) return;
  this._closeQueued = true;
  process.nextTick(() => {
    this._closeQueued = false;
    if (this._handle || this._connections) return;
    this.emit('close');
  });
};

Server.prototype[Symbol.for('nodejs.rejection')] = function (err, event, sock) {
  switch (event) {
    case 'connection':
      sock.destroy(err);
      break;
    default:
      this.emit('error', err);
  }
};

Server.prototype.ref = function () {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function () {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

module.exports = { Server, kConnectionClass, errnoException };
