// SPDX-License-Identifier: Apache-2.0
'use strict';
// How a net.Socket connects, in Node's order: a lookup unless the host is an address ('lookup' for
// each result), with autoSelectFamily the addresses one after another, then the binding's connect
// and 'connect' + 'ready', or the error Node would give (ECONNREFUSED with address and port, a
// getaddrinfo error, ERR_ACCESS_DENIED from --allow-net as the socket's 'error').

const binding = internalBinding('net');
const { SocketHandle } = require('internal/net/handle');
const {
  isIP, validatePort, validateNumber, validateFunction, validateString, validateBoolean, exceptionWithHostPort,
  dnsException,
} = require('internal/net/util');
const { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_INVALID_IP_ADDRESS } = require('internal/errors').codes;
const {
  Socket, normalizeArgs, normalizedArgsSymbol, kApi, kTlsContext, kServername, kSetNoDelay, kSetKeepAlive,
  kSetKeepAliveInitialDelay, kUnref,
} = require('internal/net/socket');

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

Socket.prototype.connect = function (...args) {
  const normalized = Array.isArray(args[0]) && args[0][normalizedArgsSymbol] ? args[0] : normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];
  if (this.connecting) return this;
  if (options.port === undefined && options.path == null) throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  const { path } = options;
  if (cb !== null) this.once('connect', cb);
  this._unrefTimer();
  this.connecting = true;
  if (path) {
    validateString(path, 'options.path');
    internalConnect(this, path, 0, 0);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamily } = options;
  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;
  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelectFamilyDefault;

  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  if (typeof host !== 'string') throw new ERR_INVALID_ARG_TYPE('hostname', 'string', host);
  const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : (options.family | 0);
  self._host = host;
  const lookup = options.lookup || ((name, opts, cb) => defaultLookup(self, name, port, opts, cb));
  const all = family !== 4 && family !== 6 && !localAddress && autoSelectFamily;
  lookup(host, { family, hints: options.hints || 0, all }, function emitLookup(err, ip, ipFamily) {
    if (all && !err && Array.isArray(ip)) {
      const list = ip;
      if (!self.connecting) return;
      for (const entry of list) self.emit('lookup', null, entry.address, entry.family, host);
      connectMultiple(self, list, port, localAddress, localPort);
      return;
    }
    self.emit('lookup', err, ip, ipFamily, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(() => self.destroy(err));
    } else if (!isIP(ip)) {
      process.nextTick(() => self.destroy(new ERR_INVALID_IP_ADDRESS(ip)));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, isIP(ip), localAddress, localPort);
    }
  });
}

// Node's dns.lookup shape over the binding's resolver.
function defaultLookup(self, hostname, port, opts, cb) {
  const done = (errno, list) => {
    if (errno) return cb(dnsException(errno, 'getaddrinfo', hostname));
    if (opts.all) {
      const out = [];
      for (let i = 0; i < list.length; i += 2) out.push({ address: list[i], family: list[i + 1] });
      return cb(null, out);
    }
    cb(null, list[0], list[1]);
  };
  try {
    binding.lookup(hostname, port, opts.family || 0, done, self[kApi]);
  } catch (err) {
    if (err?.code !== 'ERR_ACCESS_DENIED') throw err;
    process.nextTick(cb, err);
  }
}

// Several addresses (autoSelectFamily): one after another until one connects.
function connectMultiple(self, list, port, localAddress, localPort) {
  if (list.length === 0) {
    self.destroy(dnsException(-3008, 'getaddrinfo', self._host));
    return;
  }
  if (list.length === 1) {
    internalConnect(self, list[0].address, port, list[0].family, localAddress, localPort);
    return;
  }
  const errors = [];
  const attempt = (i) => {
    internalConnect(self, list[i].address, port, list[i].family, localAddress, localPort, (err) => {
      errors.push(err);
      if (i + 1 < list.length && self.connecting) {
        attempt(i + 1);
        return true;
      }
      const agg = new AggregateError(errors);
      agg.code = errors[0].code;
      self.destroy(agg);
      return true;
    });
  };
  attempt(0);
}

function internalConnect(self, address, port, addressType, localAddress, localPort, onFail) {
  const oncomplete = (errno) => afterConnect(self, errno, address, port, localAddress, localPort, onFail);
  let java;
  try {
    if (addressType === 0) {
      java = binding.connectUnix(require('path').resolve(address), self[kTlsContext] || null, self[kServername] || null, oncomplete, self[kApi]);
    } else {
      java = binding.connect(self._host || address, address, port, localAddress || null, localPort | 0,
        self[kTlsContext] || null, self[kServername] || null, oncomplete, self[kApi]);
    }
  } catch (err) {
    // A refusal by --allow-net is reported like the OS's own refusals: as the socket's 'error'.
    if (err?.code !== 'ERR_ACCESS_DENIED') throw err;
    process.nextTick(() => self.destroy(err));
    return;
  }
  const handle = new SocketHandle(java, !!self[kTlsContext]);
  handle.setOwner(self);
  self._handle = handle;
  self._connectAddress = address;
  self._connectPort = port;
  if (!self[kSetNoDelay]) handle.setNoDelay(false);
  if (self[kUnref]) handle.unref();
  if (self[kSetKeepAlive]) handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
}

function afterConnect(self, errno, address, port, localAddress, localPort, onFail) {
  if (self.destroyed) return;
  if (errno === 0) {
    self.connecting = false;
    self._sockname = null;
    self._unrefTimer();
    if (self._onConnected) {
      self._onConnected();
      return;
    }
    self.emit('connect');
    self.emit('ready');
    if (self.readable && !self.isPaused()) self.read(0);
    return;
  }
  let details;
  if (localAddress && localPort) details = `${localAddress}:${localPort}`;
  const ex = exceptionWithHostPort(errno, 'connect', address, port, details);
  if (details) {
    ex.localAddress = localAddress;
    ex.localPort = localPort;
  }
  if (onFail && self._handle) {
    const old = self._handle;
    self._handle = null;
    old.setOwner(null);
    old.close();
    if (onFail(ex)) return;
  }
  self.destroy(ex);
}

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateNumber(value, 'value', 1);
  autoSelectFamilyAttemptTimeoutDefault = value < 10 ? 10 : value;
}

module.exports = {
  getDefaultAutoSelectFamily, setDefaultAutoSelectFamily, getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
