// SPDX-License-Identifier: Apache-2.0
'use strict';
// node:http — HTTP/1.1 server and client in JS over net.Socket, with Node's request/response
// objects; the parser is Java (internalBinding('http_parser')). See _http_*.js.

const { methods, parsers } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { validateHeaderName, validateHeaderValue, OutgoingMessage } = require('_http_outgoing');
const { STATUS_CODES, Server, ServerResponse } = require('_http_server');

const agent = require('_http_agent');
const { ClientRequest } = require('_http_client');

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

const { validateInt32 } = require('internal/net/util');

module.exports = {
  _connectionListener: require('_http_server')._connectionListener,
  METHODS: methods.slice().sort(),
  STATUS_CODES,
  Agent: agent.Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    validateInt32(max, 'max', 1);
    parsers.max = max;
  },
};

Object.defineProperty(module.exports, 'maxHeaderSize', {
  configurable: true,
  enumerable: true,
  get() { return 16384; },
});

Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true,
  enumerable: true,
  get() { return agent.globalAgent; },
  set(value) { agent.globalAgent = value; },
});
