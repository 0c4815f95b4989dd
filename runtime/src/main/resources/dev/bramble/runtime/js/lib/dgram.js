// SPDX-License-Identifier: Apache-2.0
'use strict';
// dgram: UDP sockets over internalBinding('udp') (Netty datagram channels on the JS loop). Node's
// state machine: names are resolved with dns.lookup (or options.lookup) before bind, connect and
// send; a send or connect before bind binds to a random port first and waits in a queue.

const EventEmitter = require('events');
const { codes, define } = require('internal/errors');
const {
  validateFunction, validateNumber, validateString, validateUint32, isArrayBufferView,
} = require('internal/buffer/validate');
const { errnoException, exceptionWithHostPort, errnoOf, nameOf } = require('internal/uv_errors');
const { validatePort } = require('internal/dns/utils');

const { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_BUFFER_OUT_OF_BOUNDS } = codes;
const ERR_SOCKET_ALREADY_BOUND = define('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
const ERR_SOCKET_BAD_BUFFER_SIZE = define('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
const ERR_SOCKET_BAD_TYPE = define('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
const ERR_SOCKET_DGRAM_IS_CONNECTED = define('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
const ERR_SOCKET_DGRAM_NOT_CONNECTED = define('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
const ERR_SOCKET_DGRAM_NOT_RUNNING = define('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);

const binding = internalBinding('udp');
const kState = Symbol('state');
const kImplicit = Symbol('implicit bind');
const UNBOUND = 0;
const BINDING = 1;
const BOUND = 2;
const DISCONNECTED = 0;
const CONNECTING = 1;
const CONNECTED = 2;

/** ERR_SOCKET_BUFFER_SIZE is one of Node's SystemErrors: the uv call, its code and text in `info`. */
function bufferSizeError(errno, recv) {
  const code = nameOf(errno);
  const message = require('internal/util/errno').errorMap.get(errno)?.[1] ?? 'unknown error';
  const syscall = recv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size';
  const err = new Error(`Could not get or set buffer size: ${syscall} returned ${code} (${message})`);
  err.name = 'SystemError';
  err.code = 'ERR_SOCKET_BUFFER_SIZE';
  err.info = { errno, code, message, syscall };
  err.errno = errno;
  err.syscall = syscall;
  return err;
}

function newHandle(self, type, lookup, options) {
  if (type !== 'udp4' && type !== 'udp6') throw new ERR_SOCKET_BAD_TYPE();
  if (lookup !== undefined) validateFunction(lookup, 'lookup');
  else lookup = require('dns').lookup;
  const family = type === 'udp4' ? 4 : 6;
  const loopback = type === 'udp4' ? '127.0.0.1' : '::1';
  const handle = binding.create(type === 'udp6', !!options?.ipv6Only, !!options?.reuseAddr,
    (bytes, address, fam, port) => onMessage(self, bytes, address, fam, port),
    (err, syscall) => self.emit('error', errnoException(err, syscall)));
  return { handle, lookup: (address, cb) => lookup(address || loopback, family, cb) };
}

function onMessage(self, bytes, address, family, port) {
  const buf = Buffer.from(new ArrayBuffer(bytes));
  self.emit('message', buf, { address, family, port, size: buf.length });
}

class Socket extends EventEmitter {
  constructor(type, listener) {
    super();
    let lookup;
    let options;
    let recvBufferSize;
    let sendBufferSize;
    if (type !== null && typeof type === 'object') {
      options = type;
      type = options.type;
      lookup = options.lookup;
      if (options.recvBufferSize) validateUint32(options.recvBufferSize, 'options.recvBufferSize');
      if (options.sendBufferSize) validateUint32(options.sendBufferSize, 'options.sendBufferSize');
      recvBufferSize = options.recvBufferSize;
      sendBufferSize = options.sendBufferSize;
    }
    const { handle, lookup: resolve } = newHandle(this, type, lookup, options);
    this.type = type;
    if (typeof listener === 'function') this.on('message', listener);
    this[kState] = {
      handle, lookup: resolve, receiving: false, bindState: UNBOUND, connectState: DISCONNECTED, queue: undefined,
      recvBufferSize, sendBufferSize,
    };
    if (options?.signal !== undefined) {
      const { signal } = options;
      if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
        throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
      }
      const onAborted = () => {
        if (this[kState].handle) this.close();
      };
      if (signal.aborted) onAborted();
      else {
        signal.addEventListener('abort', onAborted, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAborted));
      }
    }
  }

  bind(port_, address_ /* , callback */) {
    let port = port_;
    healthCheck(this);
    const state = this[kState];
    if (state.bindState !== UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
    let address;
    if (port !== null && typeof port === 'object') {
      address = port.address || '';
      port = port.port;
    } else {
      address = typeof address_ === 'function' ? '' : address_;
    }
    if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';
    const implicit = port_ !== null && typeof port_ === 'object' && port_[kImplicit];
    if (!implicit) binding.check(address, (port | 0) & 0xffff, 'dgram.Socket.bind()');
    state.bindState = BINDING;
    const cb = arguments.length && arguments[arguments.length - 1];
    if (typeof cb === 'function') {
      const removeListeners = () => {
        this.removeListener('error', removeListeners);
        this.removeListener('listening', onListening);
      };
      const onListening = () => {
        removeListeners();
        cb.call(this);
      };
      this.on('error', removeListeners);
      this.on('listening', onListening);
    }
    state.lookup(address, (err, ip) => {
      if (!state.handle) return;
      if (err) {
        state.bindState = UNBOUND;
        this.emit('error', err);
        return;
      }
      state.handle.bind(ip, (port | 0) & 0xffff, implicit ? null : address, (code) => {
        if (!state.handle) return;
        if (code != null) {
          state.bindState = UNBOUND;
          this.emit('error', exceptionWithHostPort(code, 'bind', ip, port));
          return;
        }
        startListening(this);
      });
    });
    return this;
  }

  connect(port, address, callback) {
    port = validatePort(port, 'Port', false);
    if (typeof address === 'function') {
      callback = address;
      address = '';
    } else if (address === undefined) {
      address = '';
    }
    validateString(address, 'address');
    const state = this[kState];
    if (state.connectState !== DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    binding.check(address || (this.type === 'udp4' ? '127.0.0.1' : '::1'), port, 'dgram.Socket.connect()');
    state.connectState = CONNECTING;
    if (state.bindState === UNBOUND) this.bind({ port: 0, exclusive: true, [kImplicit]: true }, null);
    if (state.bindState !== BOUND) {
      enqueue(this, () => doConnect(this, port, address, callback));
      return;
    }
    doConnect(this, port, address, callback);
  }

  disconnect() {
    const state = this[kState];
    if (state.connectState !== CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const err = state.handle.disconnect();
    if (err != null) throw errnoException(err, 'connect');
    state.connectState = DISCONNECTED;
  }

  sendto(buffer, offset, length, port, address, callback) {
    validateNumber(offset, 'offset');
    validateNumber(length, 'length');
    validateNumber(port, 'port');
    validateString(address, 'address');
    this.send(buffer, offset, length, port, address, callback);
  }

  send(buffer, offset, length, port, address, callback) {
    let list;
    const state = this[kState];
    healthCheck(this);
    const connected = isConnected(this);
    if (!connected) {
      if (address || (port && typeof port !== 'function')) {
        buffer = sliceBuffer(buffer, offset, length);
      } else {
        callback = port;
        port = offset;
        address = length;
      }
    } else {
      if (typeof length === 'number') {
        buffer = sliceBuffer(buffer, offset, length);
        if (typeof port === 'function') {
          callback = port;
          port = null;
        }
      } else {
        callback = offset;
      }
      if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    }
    if (!Array.isArray(buffer)) {
      if (typeof buffer === 'string') list = [Buffer.from(buffer)];
      else if (!isArrayBufferView(buffer)) {
        throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
      } else list = [buffer];
    } else if (!(list = fixBufferList(buffer))) {
      throw new ERR_INVALID_ARG_TYPE('buffer list arguments', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
    }
    if (!connected) port = validatePort(port, 'Port', false);
    if (typeof callback !== 'function') callback = undefined;
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    } else if (address != null) {
      validateString(address, 'address');
    }
    if (!connected) binding.check(address || (this.type === 'udp4' ? '127.0.0.1' : '::1'), port, 'dgram.Socket.send()');
    if (state.bindState === UNBOUND) this.bind({ port: 0, exclusive: true, [kImplicit]: true }, null);
    if (list.length === 0) list.push(Buffer.alloc(0));
    if (state.bindState !== BOUND) {
      enqueue(this, () => this.send(list, port, address, callback));
      return;
    }
    if (connected) doSend(null, this, null, list, address, port, callback);
    else state.lookup(address, (ex, ip) => doSend(ex, this, ip, list, address, port, callback));
  }

  close(callback) {
    const state = this[kState];
    if (typeof callback === 'function') this.on('close', callback);
    if (state.queue !== undefined) {
      state.queue.push(() => this.close());
      return this;
    }
    healthCheck(this);
    state.receiving = false;
    state.handle.close();
    state.handle = null;
    process.nextTick(() => this.emit('close'));
    return this;
  }

  address() {
    healthCheck(this);
    const a = this[kState].handle.address();
    if (a == null) throw errnoException(errnoOf('EBADF'), 'getsockname');
    return { address: a[0], family: a[1], port: a[2] };
  }

  remoteAddress() {
    healthCheck(this);
    const state = this[kState];
    if (state.connectState !== CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const a = state.handle.remoteAddress();
    if (a == null) throw errnoException(errnoOf('ENOTCONN'), 'getpeername');
    return { address: a[0], family: a[1], port: a[2] };
  }

  setBroadcast(arg) {
    check(this[kState].handle.setBroadcast(!!arg), 'setBroadcast');
  }

  setTTL(ttl) {
    validateNumber(ttl, 'ttl');
    check(this[kState].handle.setTTL(ttl | 0), 'setTTL');
    return ttl;
  }

  setMulticastTTL(ttl) {
    validateNumber(ttl, 'ttl');
    check(this[kState].handle.setMulticastTTL(ttl | 0), 'setMulticastTTL');
    return ttl;
  }

  setMulticastLoopback(arg) {
    check(this[kState].handle.setMulticastLoopback(!!arg), 'setMulticastLoopback');
    return arg;
  }

  setMulticastInterface(interfaceAddress) {
    healthCheck(this);
    validateString(interfaceAddress, 'interfaceAddress');
    check(this[kState].handle.setMulticastInterface(interfaceAddress), 'setMulticastInterface');
  }

  addMembership(multicastAddress, interfaceAddress) {
    healthCheck(this);
    if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
    check(this[kState].handle.membership(multicastAddress, interfaceAddress ?? null, null, true), 'addMembership');
  }

  dropMembership(multicastAddress, interfaceAddress) {
    healthCheck(this);
    if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
    check(this[kState].handle.membership(multicastAddress, interfaceAddress ?? null, null, false), 'dropMembership');
  }

  addSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    healthCheck(this);
    validateString(sourceAddress, 'sourceAddress');
    validateString(groupAddress, 'groupAddress');
    check(this[kState].handle.membership(groupAddress, interfaceAddress ?? null, sourceAddress, true),
      'addSourceSpecificMembership');
  }

  dropSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    healthCheck(this);
    validateString(sourceAddress, 'sourceAddress');
    validateString(groupAddress, 'groupAddress');
    check(this[kState].handle.membership(groupAddress, interfaceAddress ?? null, sourceAddress, false),
      'dropSourceSpecificMembership');
  }

  ref() {
    const { handle } = this[kState];
    if (handle) handle.ref();
    return this;
  }

  unref() {
    const { handle } = this[kState];
    if (handle) handle.unref();
    return this;
  }

  setRecvBufferSize(size) {
    bufferSize(this, size, true);
  }

  setSendBufferSize(size) {
    bufferSize(this, size, false);
  }

  getRecvBufferSize() {
    return bufferSize(this, 0, true);
  }

  getSendBufferSize() {
    return bufferSize(this, 0, false);
  }

  getSendQueueSize() {
    return this[kState].handle ? this[kState].handle.sendQueueSize() : 0;
  }

  getSendQueueCount() {
    return this[kState].handle ? this[kState].handle.sendQueueCount() : 0;
  }
}

function check(err, syscall) {
  if (err != null) throw errnoException(err, syscall);
}

function healthCheck(socket) {
  if (!socket[kState].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

function startListening(socket) {
  const state = socket[kState];
  state.receiving = true;
  state.bindState = BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, true);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, false);
  socket.emit('listening');
}

function bufferSize(self, size, recv) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const ret = self[kState].handle.bufferSize(recv, size);
  if (typeof ret === 'number' && ret >= 0) return ret;
  throw bufferSizeError(typeof ret === 'string' ? errnoOf(ret) : ret, recv);
}

function isConnected(self) {
  return self[kState].connectState === CONNECTED && self[kState].handle != null;
}

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') buffer = Buffer.from(buffer);
  else if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function fixBufferList(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (typeof buf === 'string') out[i] = Buffer.from(buf);
    else if (!isArrayBufferView(buf)) return null;
    else out[i] = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  return out;
}

// Work asked for before bind finished waits here, and runs (in order) on 'listening'.
function enqueue(self, task) {
  const state = self[kState];
  if (state.queue === undefined) {
    state.queue = [];
    const onError = () => {
      self.removeListener('listening', onListening);
      state.queue = undefined;
    };
    const onListening = () => {
      self.removeListener(EventEmitter.errorMonitor, onError);
      const queue = state.queue;
      state.queue = undefined;
      for (const entry of queue) entry();
    };
    self.once(EventEmitter.errorMonitor, onError);
    self.once('listening', onListening);
  }
  state.queue.push(task);
}

function doConnect(self, port, address, callback) {
  const state = self[kState];
  if (callback) self.once('connect', callback);
  state.lookup(address, (ex, ip) => {
    if (!state.handle) return;
    const fail = (err) => {
      state.connectState = DISCONNECTED;
      process.nextTick(() => {
        if (callback) {
          self.removeListener('connect', callback);
          callback(err);
        } else {
          self.emit('error', err);
        }
      });
    };
    if (ex) return fail(ex);
    state.handle.connect(ip, port, address || null, (code) => {
      if (!state.handle) return;
      if (code != null) return fail(exceptionWithHostPort(code, 'connect', address, port));
      state.connectState = CONNECTED;
      process.nextTick(() => self.emit('connect'));
    });
  });
}

function doSend(ex, self, ip, list, address, port, callback) {
  const state = self[kState];
  if (ex) {
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => self.emit('error', ex));
    return;
  }
  if (!state.handle) return;
  const data = list.length === 1 ? list[0] : Buffer.concat(list);
  // Node does not emit send errors without a callback (dgram_legacy compatibility).
  state.handle.send(data, ip, ip == null ? 0 : port, address ?? null, (code, sent) => {
    if (!callback) return;
    if (code != null) callback(exceptionWithHostPort(code, 'send', address, port));
    else callback(null, sent);
  });
}

function createSocket(type, listener) {
  return new Socket(type, listener);
}

module.exports = { createSocket, Socket };
