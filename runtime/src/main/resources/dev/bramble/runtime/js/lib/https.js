// SPDX-License-Identifier: Apache-2.0
'use strict';
// node:https — http over tls: the http server's connection logic on a tls.Server, and an Agent
// whose connections are tls.connect() ones (SNI from the host, ALPN http/1.1).

const tls = require('tls');
const { URL, isURL } = require('internal/url/url');
const { urlToHttpOptions } = require('url');
const { Agent: HttpAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const { Server: HttpServer, storeHTTPOptions, _connectionListener, setupConnectionsTracking, httpServerPreClose } =
  require('_http_server');
const { kApi } = require('internal/net/socket');
const { validateObject } = require('internal/net/util');

function Server(opts, requestListener) {
  if (!(this instanceof Server)) return new Server(opts, requestListener);
  if (typeof opts === 'function') {
    requestListener = opts;
    opts = {};
  } else if (opts == null) {
    opts = {};
  } else {
    validateObject(opts, 'options');
  }
  storeHTTPOptions.call(this, opts);
  this[kApi] = 'https.Server.listen()';
  tls.Server.call(this, { noDelay: true, ALPNProtocols: ['http/1.1'], ...opts }, _connectionListener);
  this.httpAllowHalfOpen = false;
  if (requestListener) this.addListener('request', requestListener);
  this.addListener('tlsClientError', function addListener(err, conn) {
    if (!this.emit('clientError', err, conn)) conn.destroy(err);
  });
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.on('listening', setupConnectionsTracking);
}
Object.setPrototypeOf(Server.prototype, tls.Server.prototype);
Object.setPrototypeOf(Server, tls.Server);

Server.prototype.closeAllConnections = HttpServer.prototype.closeAllConnections;
Server.prototype.closeIdleConnections = HttpServer.prototype.closeIdleConnections;
Server.prototype.setTimeout = HttpServer.prototype.setTimeout;
Server.prototype.close = function close(...args) {
  httpServerPreClose(this);
  return Reflect.apply(tls.Server.prototype.close, this, args);
};

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function createConnection(port, host, options) {
  if (port !== null && typeof port === 'object') options = port;
  else if (host !== null && typeof host === 'object') options = { ...host };
  else if (options === null || typeof options !== 'object') options = {};
  else options = { ...options };
  if (typeof port === 'number') options.port = port;
  if (typeof host === 'string') options.host = host;
  return tls.connect(options);
}

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  HttpAgent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions;
  if (this.maxCachedSessions === undefined) this.maxCachedSessions = 100;
  this._sessionCache = { map: {}, list: [] };
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);
Agent.prototype.createConnection = createConnection;

const TLS_NAME_PARTS = ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized', 'servername',
  'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder', 'ecdhCurve', 'dhparam', 'secureOptions',
  'sessionIdContext', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine'];

Agent.prototype.getName = function getName(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  for (const part of TLS_NAME_PARTS) {
    name += ':';
    if (part === 'rejectUnauthorized') {
      if (options.rejectUnauthorized !== undefined) name += options.rejectUnauthorized;
    } else if (part === 'secureOptions' || part === 'honorCipherOrder') {
      if (options[part] !== undefined) name += options[part];
    } else if (options[part]) {
      name += options[part];
    }
  }
  return name;
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function request(...args) {
  let options = {};
  if (typeof args[0] === 'string') options = urlToHttpOptions(new URL(args.shift()));
  else if (isURL(args[0])) options = urlToHttpOptions(args.shift());
  if (args[0] && typeof args[0] !== 'function') Object.assign(options, args.shift());
  options._defaultAgent = module.exports.globalAgent;
  args.unshift(options);
  return Reflect.construct(ClientRequest, args);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = { Agent, globalAgent, Server, createServer, get, request };
