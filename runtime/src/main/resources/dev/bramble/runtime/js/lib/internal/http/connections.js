// SPDX-License-Identifier: Apache-2.0
'use strict';
// The connections of an http.Server, for closeAllConnections()/closeIdleConnections() and for
// headersTimeout/requestTimeout: a connection is "active" from the first byte of a request until
// the request has been read; one active for too long gets a 408, as Node's ConnectionsList does.

const { codes, define } = require('internal/errors');

define('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);

class ConnectionsList {
  constructor() {
    this.connections = new Set();
  }

  push(connection) {
    this.connections.add(connection);
  }

  pop(connection) {
    this.connections.delete(connection);
  }

  all() {
    return [...this.connections];
  }

  idle() {
    return this.all().filter((c) => !c.parser || !c.parser.active);
  }

  active() {
    return this.all().filter((c) => c.parser && c.parser.active);
  }

  expired(headersTimeout, requestTimeout) {
    const now = Date.now();
    const out = [];
    for (const c of this.connections) {
      const p = c.parser;
      if (!p || !p.active) continue;
      const age = now - p.messageStart;
      if ((!p.headersDone && headersTimeout > 0 && age > headersTimeout) || (requestTimeout > 0 && age > requestTimeout)) {
        out.push(c);
      }
    }
    for (const c of out) c.parser.active = false;
    return out;
  }
}

// Runs on the server's interval (connectionsCheckingInterval); `this` is the server.
function checkConnections() {
  if (this.headersTimeout === 0 && this.requestTimeout === 0) return;
  const { kConnections } = require('_http_server');
  const list = this[kConnections];
  if (!list) return;
  for (const c of list.expired(this.headersTimeout, this.requestTimeout)) {
    if (c.socket && !c.socket.destroyed) c.onTimeout(new codes.ERR_HTTP_REQUEST_TIMEOUT());
  }
}

module.exports = { ConnectionsList, checkConnections };
