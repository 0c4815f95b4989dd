// SPDX-License-Identifier: Apache-2.0
'use strict';
// tls.TLSSocket, tls.Server and tls.connect over Netty's SslHandler: the same net.Socket code with
// TLS in the channel's pipeline. The JDK verifies the peer's chain but leaves the verdict to JS,
// which applies rejectUnauthorized and checkServerIdentity as Node does.

const net = require('net');
const { Buffer } = require('buffer');
const { codes, define } = require('internal/errors');
const { kTlsContext, kServername, kApi, normalizeArgs } = require('internal/net/socket');
const { kConnectionClass } = require('internal/net/server');
const { SocketHandle } = require('internal/net/handle');
const { validateFunction, validateNumber } = require('internal/net/util');
const { createSecureContext, SecureContext, translatePeerCertificate, certificateObject } = require('_tls_common');
const binding = internalBinding('tls');

const { ERR_INVALID_ARG_TYPE } = codes;
const ERR_TLS_HANDSHAKE_TIMEOUT = define('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error);
const ERR_TLS_INVALID_CONTEXT = define('ERR_TLS_INVALID_CONTEXT', '%s must be a SecureContext', TypeError);
const ERR_TLS_CERT_ALTNAME_INVALID = define('ERR_TLS_CERT_ALTNAME_INVALID',
  (reason) => `Hostname/IP does not match certificate's altnames: ${reason}`, Error);

function altnameInvalid(reason, host, cert) {
  const err = new ERR_TLS_CERT_ALTNAME_INVALID(reason);
  err.reason = reason;
  err.host = host;
  err.cert = cert;
  return err;
}

const kConnectOptions = Symbol('connect-options');
const kErrorEmitted = Symbol('error-emitted');
const kConfigs = Symbol('tls-configs');

function connResetException(msg) {
  const ex = new Error(msg);
  ex.code = 'ECONNRESET';
  return ex;
}

// "CODE|message" from the binding to Node's error: library and reason split out of OpenSSL's text.
function tlsError(detail) {
  const bar = detail.indexOf('|');
  const code = detail.slice(0, bar);
  const message = detail.slice(bar + 1);
  const err = new Error(message);
  const m = /^error:[0-9A-F]+:([^:]*):[^:]*:(.*)$/.exec(message);
  if (m) {
    err.library = m[1];
    err.reason = m[2];
  }
  err.code = code;
  return err;
}

function verifyErrorFor(code) {
  if (!code) return null;
  const texts = {
    CERT_HAS_EXPIRED: 'certificate has expired',
    CERT_NOT_YET_VALID: 'certificate is not yet valid',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate',
    SELF_SIGNED_CERT_IN_CHAIN: 'self-signed certificate in certificate chain',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unable to verify the first certificate',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unable to get local issuer certificate',
    UNABLE_TO_GET_ISSUER_CERT: 'unable to get issuer certificate',
  };
  const err = new Error(texts[code] || code);
  err.code = code;
  return err;
}

function alpnList(protocols) {
  if (protocols === undefined || protocols === null) return null;
  if (Array.isArray(protocols)) return protocols.map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString()));
  if (ArrayBuffer.isView(protocols)) {
    // The wire form: length-prefixed names.
    const b = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
    const out = [];
    for (let i = 0; i < b.length;) {
      out.push(b.toString('latin1', i + 1, i + 1 + b[i]));
      i += 1 + b[i];
    }
    return out;
  }
  throw new ERR_INVALID_ARG_TYPE('options.ALPNProtocols', ['Array', 'Buffer', 'TypedArray', 'DataView'], protocols);
}

// The Java configuration for one side of a secure context, made once per context and options.
function configFor(secureContext, isServer, alpn, requestCert, handshakeTimeout) {
  if (!(secureContext instanceof SecureContext) && !(secureContext?.context)) {
    throw new ERR_TLS_INVALID_CONTEXT('context');
  }
  secureContext[kConfigs] ??= new Map();
  const key = `${isServer}|${requestCert}|${handshakeTimeout}|${alpn ? alpn.join(',') : ''}`;
  let config = secureContext[kConfigs].get(key);
  if (!config) {
    config = binding.config(secureContext.context, isServer, alpn, !!requestCert, handshakeTimeout | 0);
    secureContext[kConfigs].set(key, config);
  }
  return config;
}

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const tlsOptions = { ...opts };
  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this._securePending = false;
  this._newSessionPending = false;
  this._controlReleased = false;
  this.secureConnecting = true;
  this._SNICallback = null;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this[kErrorEmitted] = false;

  let handle = tlsOptions.handle || null;
  if (socket && !handle) {
    if (!(socket instanceof net.Socket) || !socket._handle) {
      throw new ERR_INVALID_ARG_TYPE('socket', 'connected net.Socket', socket);
    }
    // Take the connected socket's channel and start TLS on it; the plain socket goes quiet.
    handle = socket._handle;
    socket._handle = null;
    const context = tlsOptions.secureContext || createSecureContext(tlsOptions);
    const config = configFor(context, !!tlsOptions.isServer, alpnList(tlsOptions.ALPNProtocols),
      tlsOptions.requestCert, tlsOptions.handshakeTimeout);
    binding.startTls(handle._java, config, tlsOptions.isServer ? null : (tlsOptions.servername || null), socket.remotePort | 0);
    handle.isTls = true;
  }
  this.encrypted = true;
  net.Socket.call(this, {
    handle,
    allowHalfOpen: socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen,
    pauseOnCreate: tlsOptions.pauseOnConnect,
    highWaterMark: tlsOptions.highWaterMark,
    signal: tlsOptions.signal,
    noDelay: tlsOptions.noDelay,
    [kApi]: tlsOptions[kApi] || 'tls.connect()',
  });
  if (socket) {
    this._parent = socket;
    this._host = socket._host;
  }
  this.ssl = this._handle;
  this.server = tlsOptions.server || null;
  this._requestCert = !!tlsOptions.requestCert;
  this._rejectUnauthorized = tlsOptions.rejectUnauthorized !== false;
  // Only a tls.Server's own sockets route early errors to 'tlsClientError'.
  if (!tlsOptions.server) this._controlReleased = true;
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

TLSSocket.prototype._tlsError = function _tlsError(err) {
  this.emit('_tlsError', err);
  if (this._controlReleased) return err;
  return null;
};

TLSSocket.prototype._releaseControl = function _releaseControl() {
  if (this._controlReleased) return false;
  this._controlReleased = true;
  return true;
};

// Errors before a server socket is handed to the program go to 'tlsClientError', not 'error'.
TLSSocket.prototype.emit = function emit(event, ...args) {
  if (event === 'error' && !this._controlReleased) {
    this.emit('_tlsError', args[0]);
    return true;
  }
  return net.Socket.prototype.emit.call(this, event, ...args);
};

TLSSocket.prototype._onHandshake = function _onHandshake(error) {
  if (this.destroyed) return;
  if (error) {
    this.destroy(tlsError(error));
    return;
  }
  const info = binding.info(this._handle._java);
  this._secureEstablished = true;
  this.alpnProtocol = info && info[2] ? info[2] : false;
  if (this._tlsOptions.isServer) {
    this.servername = info && info[4] ? info[4] : false;
    this._onServerSecure(info);
  } else {
    this._onClientSecure(info);
  }
};

TLSSocket.prototype._onServerSecure = function _onServerSecure(info) {
  if (this._requestCert) {
    const code = info ? info[3] : null;
    const verifyError = code === null || code === undefined ? verifyErrorFor('UNABLE_TO_GET_ISSUER_CERT') : verifyErrorFor(code);
    if (verifyError) {
      this.authorizationError = verifyError.code;
      if (this._rejectUnauthorized) {
        this.destroy();
        return;
      }
    } else {
      this.authorized = true;
    }
  }
  this.emit('secure');
  if (!this.destroyed && this._releaseControl()) {
    this.secureConnecting = false;
    if (this._tlsOptions.server) this._tlsOptions.server.emit('secureConnection', this);
  }
};

TLSSocket.prototype._onClientSecure = function _onClientSecure(info) {
  const options = this[kConnectOptions] || this._tlsOptions;
  let verifyError = verifyErrorFor(info ? info[3] : null);
  if (!verifyError) {
    const hostname = options.servername || options.host || this._parent?._host || 'localhost';
    const cert = this.getPeerCertificate(true);
    const check = options.checkServerIdentity || checkServerIdentity;
    verifyError = check(hostname, cert);
  }
  this.emit('secure');
  if (verifyError) {
    this.authorized = false;
    this.authorizationError = verifyError.code || verifyError.message;
    if (options.rejectUnauthorized !== false) {
      this.destroy(verifyError);
      return;
    }
  } else {
    this.authorized = true;
  }
  this.secureConnecting = false;
  this.emit('secureConnect');
  this.removeListener('end', onConnectEnd);
};

function onConnectEnd() {
  if (!this._secureEstablished) {
    const options = this[kConnectOptions] || {};
    const error = connResetException('Client network socket disconnected before secure TLS connection was established');
    error.path = options.path;
    error.host = options.host;
    error.port = options.port;
    error.localAddress = options.localAddress;
    this.destroy(error);
  }
}

TLSSocket.prototype.getPeerCertificate = function getPeerCertificate(detailed) {
  if (!this._handle) return null;
  return translatePeerCertificate(binding.peerCertificate(this._handle._java), !!detailed) || null;
};

TLSSocket.prototype.getCertificate = function getCertificate() {
  if (!this._handle) return null;
  const local = binding.localCertificate(this._handle._java);
  return local ? certificateObject(Array.from(local)) : {};
};

TLSSocket.prototype.getProtocol = function getProtocol() {
  if (!this._handle) return null;
  const info = binding.info(this._handle._java);
  return info ? info[0] : null;
};

TLSSocket.prototype.getCipher = function getCipher() {
  if (!this._handle) return null;
  const info = binding.info(this._handle._java);
  if (!info) return null;
  const standardName = info[1];
  const name = standardName.includes('_WITH_')
    ? standardName.replace(/^TLS_/, '').replace('_WITH_', '_').replace('AES_128', 'AES128').replace('AES_256', 'AES256')
      .replace('CHACHA20_POLY1305', 'CHACHA20-POLY1305').replace('_CBC', '').replace(/_/g, '-')
    : standardName;
  return { name, standardName, version: info[0] };
};

TLSSocket.prototype.getSession = function getSession() {
  return undefined;
};

TLSSocket.prototype.isSessionReused = function isSessionReused() {
  return false;
};

TLSSocket.prototype.getEphemeralKeyInfo = function getEphemeralKeyInfo() {
  return this._tlsOptions.isServer ? {} : null;
};

TLSSocket.prototype.getFinished = function getFinished() {
  return undefined;
};

TLSSocket.prototype.getPeerFinished = function getPeerFinished() {
  return undefined;
};

TLSSocket.prototype.getTLSTicket = function getTLSTicket() {
  return undefined;
};

TLSSocket.prototype.setServername = function setServername(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  this.servername = name;
};

TLSSocket.prototype.setMaxSendFragment = function setMaxSendFragment(size) {
  validateNumber(size, 'size');
  return true;
};

TLSSocket.prototype.renegotiate = function renegotiate(options, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  const err = new Error('TLS session renegotiation is not supported by Bramble (the JDK has none for TLS 1.3)');
  if (callback) process.nextTick(callback, err);
  return false;
};

TLSSocket.prototype.disableRenegotiation = function disableRenegotiation() {};

TLSSocket.prototype.enableTrace = function enableTrace() {};

TLSSocket.prototype.exportKeyingMaterial = function exportKeyingMaterial() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('exportKeyingMaterial()');
};

// --- tls.connect ------------------------------------------------------------------------

function normalizeConnectArgs(listArgs) {
  const args = normalizeArgs(listArgs);
  const options = args[0];
  const cb = args[1];
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') Object.assign(options, listArgs[1]);
  else if (listArgs[2] !== null && typeof listArgs[2] === 'object') Object.assign(options, listArgs[2]);
  return cb ? [options, cb] : [options];
}

function connect(...args) {
  args = normalizeConnectArgs(args);
  let options = args[0];
  const cb = args[1];
  const allowUnauthorized = false;
  options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: undefined,
    checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  if (options.minDHSize !== undefined) validateNumber(options.minDHSize, 'options.minDHSize', 1);
  const context = options.secureContext || createSecureContext(options);
  // Node sends SNI only when asked to (https sets it from the host); the host name check uses the host anyway.
  const servername = options.servername || null;
  const alpn = alpnList(options.ALPNProtocols);
  const config = configFor(context, false, alpn, false, options.handshakeTimeout);

  let tlssock;
  if (options.socket) {
    tlssock = new TLSSocket(options.socket, {
      ...options, secureContext: context, isServer: false, servername: servername || undefined,
    });
  } else {
    tlssock = new TLSSocket(null, { ...options, isServer: false });
    tlssock[kTlsContext] = config;
    tlssock[kServername] = servername || null;
  }
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);
  tlssock._releaseControl();
  tlssock.servername = servername || false;
  if (!options.socket) {
    const connectOpt = {
      path: options.path,
      port: options.port,
      host: options.host,
      family: options.family,
      localAddress: options.localAddress,
      localPort: options.localPort,
      lookup: options.lookup,
      autoSelectFamily: options.autoSelectFamily,
    };
    tlssock.connect(connectOpt);
  }
  tlssock.once('end', onConnectEnd);
  if (options.timeout) tlssock.setTimeout(options.timeout);
  return tlssock;
}

// --- tls.Server --------------------------------------------------------------------------

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = options ?? {};
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  this._contexts = [];
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  this.ALPNProtocols = alpnList(options.ALPNProtocols);
  if (options.handshakeTimeout !== undefined) validateNumber(options.handshakeTimeout, 'options.handshakeTimeout');
  this[kTlsOptions] = { ...options };
  this.setSecureContext(options);
  net.Server.call(this, options);
  this[kConnectionClass] = TLSServerSocket;
  if (listener) this.on('secureConnection', listener);
}
const kTlsOptions = Symbol('tlsOptions');
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.setSecureContext = function setSecureContext(options) {
  this._sharedCreds = createSecureContext(options);
  this[kTlsContext] = configFor(this._sharedCreds, true, this.ALPNProtocols, this.requestCert,
    options.handshakeTimeout ?? 120000);
};

Server.prototype.addContext = function addContext(servername, context) {
  if (!servername) throw new codes.ERR_INVALID_ARG_VALUE('servername', servername, 'must not be empty');
  this._contexts.push([servername, context]);
};

Server.prototype.getTicketKeys = function getTicketKeys() {
  return Buffer.alloc(48);
};

Server.prototype.setTicketKeys = function setTicketKeys() {};

// Accepted connections are TLSSockets from the start (TLS is in their pipeline): 'connection' sees
// that socket, 'secureConnection' follows the handshake, failures before it go to 'tlsClientError'.
Server.prototype._onSocket = function _onSocket(socket) {
  socket.on('_tlsError', (err) => {
    if (!socket._controlReleased && !socket[kErrorEmitted]) {
      socket[kErrorEmitted] = true;
      this.emit('tlsClientError', err, socket);
    }
  });
  socket.on('close', (hadError) => {
    if (!hadError && !socket._controlReleased && !socket[kErrorEmitted]) {
      socket[kErrorEmitted] = true;
      this.emit('tlsClientError', connResetException('socket hang up'), socket);
    }
  });
  this.emit('connection', socket);
};

function TLSServerSocket(options) {
  const server = options.server;
  return new TLSSocket(null, {
    ...options,
    isServer: true,
    server,
    requestCert: server.requestCert,
    rejectUnauthorized: server.rejectUnauthorized,
    pauseOnConnect: options.pauseOnCreate,
  });
}

function createServer(options, listener) {
  return new Server(options, listener);
}

// --- host name checks ----------------------------------------------------------------------

function unfqdn(host) {
  return host.replace(/[.]$/, '');
}

function splitHost(host) {
  return unfqdn(host).replace(/[A-Z]/g, (c) => String.fromCharCode(32 + c.charCodeAt(0))).split('.');
}

function check(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  const isBad = (s) => /[^\u0021-\u007F]/u.test(s);
  if (patternParts.some(isBad)) return false;
  for (let i = hostParts.length - 1; i > 0; i -= 1) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const hostSubdomain = hostParts[0];
  const patternSubdomain = patternParts[0];
  const patternSubdomainParts = patternSubdomain.split('*');
  if (patternSubdomainParts.length === 1 || patternSubdomain.includes('xn--')) return hostSubdomain === patternSubdomain;
  if (!wildcards) return false;
  if (patternSubdomainParts.length > 2) return false;
  if (patternParts.length <= 2) return false;
  const [prefix, suffix] = patternSubdomainParts;
  if (prefix.length + suffix.length > hostSubdomain.length) return false;
  if (!hostSubdomain.startsWith(prefix)) return false;
  if (!hostSubdomain.endsWith(suffix)) return false;
  return true;
}

// An IP address in one canonical text form: IPv6 compressed and lower case.
function canonicalizeIP(ip) {
  if (!net.isIPv6(ip)) return ip;
  const [head, tail] = ip.toLowerCase().split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  let groups = tail === undefined ? h : [...h, ...new Array(8 - h.length - t.length).fill('0'), ...t];
  groups = groups.map((g) => (g.includes('.') ? g : String(parseInt(g, 16).toString(16))));
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < groups.length;) {
    if (groups[i] !== '0') { i++; continue; }
    let j = i;
    while (j < groups.length && groups[j] === '0') j++;
    if (j - i > bestLen && j - i > 1) { best = i; bestLen = j - i; }
    i = j;
  }
  if (best === -1) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
}

function splitEscapedAltNames(altNames) {
  const result = [];
  let currentToken = '';
  let offset = 0;
  while (offset !== altNames.length) {
    const nextSep = altNames.indexOf(', ', offset);
    const nextQuote = altNames.indexOf('"', offset);
    if (nextQuote !== -1 && (nextSep === -1 || nextQuote < nextSep)) {
      currentToken += altNames.substring(offset, nextQuote);
      const match = /^"((?:[^"\\]|\\.)*)"/.exec(altNames.substring(nextQuote));
      if (!match) throw new codes.ERR_TLS_CERT_ALTNAME_FORMAT();
      currentToken += JSON.parse(match[0]);
      offset = nextQuote + match[0].length;
    } else if (nextSep !== -1) {
      currentToken += altNames.substring(offset, nextSep);
      result.push(currentToken);
      currentToken = '';
      offset = nextSep + 2;
    } else {
      currentToken += altNames.substring(offset);
      offset = altNames.length;
    }
  }
  result.push(currentToken);
  return result;
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = `${hostname}`;
  if (altNames) {
    const split = altNames.includes('"') ? splitEscapedAltNames(altNames) : altNames.split(', ');
    for (const name of split) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalizeIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => check(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      if (Array.isArray(cn)) valid = cn.some(wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) return altnameInvalid(reason, hostname, cert);
  return undefined;
}

define('ERR_TLS_CERT_ALTNAME_FORMAT', 'Invalid subject alternative name string', SyntaxError);

module.exports = { TLSSocket, Server, createServer, connect, checkServerIdentity, tlsError, ERR_TLS_HANDSHAKE_TIMEOUT };
