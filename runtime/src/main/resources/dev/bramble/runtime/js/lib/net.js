// SPDX-License-Identifier: Apache-2.0
'use strict';
// node:net — TCP and Unix-socket servers and clients over Netty (internalBinding('net')), on the
// one loop thread that runs JS. See internal/net/socket.js and server.js.

const { Socket, normalizeArgs, getDefaultAutoSelectFamily, setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout, setDefaultAutoSelectFamilyAttemptTimeout } = require('internal/net/socket');
const { Server } = require('internal/net/server');
const { isIP, isIPv4, isIPv6 } = require('internal/net/util');
const { SocketAddress, BlockList } = require('internal/net/address');

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

// Node's Stream is the same class as Socket (an old alias).
module.exports = {
  _createServerHandle: undefined,
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts() {},
  BlockList,
  SocketAddress,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
