// SPDX-License-Identifier: Apache-2.0
'use strict';
// http.Server and http.ServerResponse: each connection gets a parser; requests become
// IncomingMessages, responses go out in request order (pipelining), and the connection is kept
// alive, timed out or closed by Node's rules. 'upgrade', 'connect', 'checkContinue',
// 'checkExpectation', 'clientError' and the timeouts (headersTimeout, requestTimeout,
// keepAliveTimeout, server.setTimeout) behave as in Node 20.

const net = require('net');
const { Buffer } = require('buffer');
const { codes, define } = require('internal/errors');
const { kApi } = require('internal/net/socket');
const { parsers, freeParser, continueExpression, chunkExpression, kIncomingMessage, HTTPParser, isLenient,
  prepareError, _checkInvalidHeaderChar: checkInvalidHeaderChar } = require('_http_common');
const { OutgoingMessage, kUniqueHeaders, kNeedDrain, kOutHeaders } = require('_http_outgoing');
const { IncomingMessage } = require('_http_incoming');
const { validateBoolean, validateInt32, validateFunction, getTimerDuration } = require('internal/net/util');
const { ConnectionsList, checkConnections } = require('internal/http/connections');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_CHAR, ERR_OUT_OF_RANGE } = codes;
const ERR_HTTP_SOCKET_ASSIGNED = define('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
const ERR_HTTP_INVALID_STATUS_CODE = define('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
const ERR_HTTP_HEADERS_SENT = codes.ERR_HTTP_HEADERS_SENT;

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: 'I\'m a Teapot', 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');

const canned = (code) => Buffer.from(`HTTP/1.1 ${code} ${STATUS_CODES[code]}\r\nConnection: close\r\n\r\n`, 'ascii');
const badRequestResponse = canned(400);
const requestTimeoutResponse = canned(408);
const requestHeaderFieldsTooLargeResponse = canned(431);
const requestChunkExtensionsTooLargeResponse = canned(413);

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype.statusMessage = undefined;

function onServerResponseClose() {
  const msg = this._httpMessage;
  if (msg) emitCloseNT(msg);
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  if (hints === null || typeof hints !== 'object') throw new ERR_INVALID_ARG_TYPE('hints', 'Object', hints);
  if (hints.link === null || hints.link === undefined) return;
  const links = Array.isArray(hints.link) ? hints.link : [hints.link];
  for (const link of links) {
    if (checkInvalidHeaderChar(link)) throw new ERR_INVALID_CHAR('header content', 'Link');
  }
  head += `Link: ${links.join(', ')}\r\n`;
  for (const key of Object.keys(hints)) {
    if (key !== 'link') head += `${key}: ${hints[key]}\r\n`;
  }
  this._writeRaw(`${head}\r\n`, 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;
  let headers;
  if (this[kOutHeaders]) {
    let k;
    if (Array.isArray(obj)) {
      if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
      for (let n = 0; n < obj.length; n += 2) this.removeHeader(obj[n]);
      for (let n = 0; n < obj.length; n += 2) {
        k = obj[n];
        if (k) this.appendHeader(k, obj[n + 1]);
      }
    } else if (obj) {
      for (const key of Object.keys(obj)) {
        if (key) this.setHeader(key, obj[key]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }
  if (checkInvalidHeaderChar(this.statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');
  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
  // A final status before 100 Continue: the client may already be sending the body, so do not reuse the connection.
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
  return this;
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

function emitCloseNT(self) {
  if (!self._closed) {
    self.destroyed = true;
    self._closed = true;
    self.emit('close');
  }
}

// --- the server ---------------------------------------------------------------------------

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const { maxHeaderSize } = options;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const { insecureHTTPParser } = options;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  const { requestTimeout } = options;
  if (requestTimeout !== undefined) {
    validateInteger(requestTimeout, 'requestTimeout', 0);
    this.requestTimeout = requestTimeout;
  } else {
    this.requestTimeout = 300000;
  }
  const { headersTimeout } = options;
  if (headersTimeout !== undefined) {
    validateInteger(headersTimeout, 'headersTimeout', 0);
    this.headersTimeout = headersTimeout;
  } else {
    this.headersTimeout = Math.min(60000, this.requestTimeout);
  }
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }
  const { keepAliveTimeout } = options;
  if (keepAliveTimeout !== undefined) {
    validateInteger(keepAliveTimeout, 'keepAliveTimeout', 0);
    this.keepAliveTimeout = keepAliveTimeout;
  } else {
    this.keepAliveTimeout = 5000;
  }
  const { connectionsCheckingInterval } = options;
  if (connectionsCheckingInterval !== undefined) {
    validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
    this.connectionsCheckingInterval = connectionsCheckingInterval;
  } else {
    this.connectionsCheckingInterval = 30000;
  }
  const { requireHostHeader } = options;
  if (requireHostHeader !== undefined) {
    validateBoolean(requireHostHeader, 'options.requireHostHeader');
    this.requireHostHeader = requireHostHeader;
  } else {
    this.requireHostHeader = true;
  }
  const { joinDuplicateHeaders } = options;
  if (joinDuplicateHeaders !== undefined) validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = joinDuplicateHeaders;
  const { rejectNonStandardBodyWrites } = options;
  if (rejectNonStandardBodyWrites !== undefined) {
    validateBoolean(rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
    this.rejectNonStandardBodyWrites = rejectNonStandardBodyWrites;
  } else {
    this.rejectNonStandardBodyWrites = false;
  }
}

function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  const unique = new Set();
  for (const h of headers) unique.add(Array.isArray(h) ? h.map((x) => x.toLowerCase()) : h.toLowerCase());
  return unique;
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  storeHTTPOptions.call(this, options);
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
  this[kApi] = this[kApi] || 'http.Server.listen()';
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.close = function close(...args) {
  httpServerPreClose(this);
  return Reflect.apply(net.Server.prototype.close, this, args);
};

Server.prototype[Symbol.asyncDispose] = async function () {
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  if (!this[kConnections]) return;
  for (const connection of this[kConnections].all()) connection.socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  if (!this[kConnections]) return;
  for (const connection of this[kConnections].idle()) {
    const msg = connection.socket._httpMessage;
    if (msg && !msg.finished) continue;
    connection.socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype[Symbol.for('nodejs.rejection')] = function (err, event, ...args) {
  switch (event) {
    case 'request': {
      const { 1: res } = args;
      if (!res.headersSent && !res.writableEnded) {
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        res.statusCode = 500;
        res.end(STATUS_CODES[500]);
      } else {
        res.destroy();
      }
      break;
    }
    default:
      net.Server.prototype[Symbol.for('nodejs.rejection')].apply(this, [err, event, ...args]);
  }
};

function httpServerPreClose(server) {
  server.closeIdleConnections();
  clearInterval(server[kConnectionsCheckingInterval]);
}

function setupConnectionsTracking() {
  if (!this[kConnections]) this[kConnections] = new ConnectionsList();
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  if (this.connectionsCheckingInterval > 0 && (this.headersTimeout > 0 || this.requestTimeout > 0)) {
    this[kConnectionsCheckingInterval] = setInterval(checkConnections.bind(this), this.connectionsCheckingInterval).unref();
  }
}

// The per-connection logic lives in internal/http/server_connection.js (it needs this module's exports).
let serverConnection;
function connectionListener(socket) {
  serverConnection ??= require('internal/http/server_connection');
  return serverConnection.connectionListener.call(this, socket);
}

module.exports = {
  STATUS_CODES, Server, ServerResponse, setupConnectionsTracking, storeHTTPOptions, _connectionListener: connectionListener,
  kServerResponse, httpServerPreClose, kConnections, emitCloseNT, kConnectionsCheckingInterval,
  badRequestResponse, requestTimeoutResponse, requestHeaderFieldsTooLargeResponse, requestChunkExtensionsTooLargeResponse,
};
