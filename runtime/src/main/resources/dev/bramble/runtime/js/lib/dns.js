// SPDX-License-Identifier: Apache-2.0
'use strict';
// dns: lookup/lookupService ask the operating system (getaddrinfo, getnameinfo on the worker pool);
// resolve* and reverse query DNS servers (Netty's resolver, with c-ares's rules), as in Node.

const { codes } = require('internal/errors');
const { validateString, validateFunction } = require('internal/buffer/validate');
const { customPromisifyArgs } = require('internal/util');
const { dnsException } = require('internal/uv_errors');
const utils = require('internal/dns/utils');
const { createResolverClass, bindDefaultResolver, setDefaultServers } = require('internal/dns/resolver');

const { ERR_MISSING_ARGS, ERR_INVALID_ARG_VALUE } = codes;
const binding = internalBinding('dns');

function lookup(hostname, options, callback) {
  const opts = utils.parseLookupOptions(hostname, options, callback, arguments.length, false);
  callback = opts.callback;
  const { family, all, hints, order } = opts;
  if (!hostname) {
    utils.emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const matched = utils.isIP(hostname);
  if (matched) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    else process.nextTick(callback, null, hostname, matched);
    return {};
  }
  binding.lookup(hostname, family, hints, (code, flat) => {
    if (code) return callback(dnsException(code, 'getaddrinfo', hostname));
    const list = utils.orderAddresses(Array.from(flat), order);
    if (all) callback(null, list);
    else callback(null, list[0].address, list[0].family);
  });
  return {};
}
Object.defineProperty(lookup, customPromisifyArgs, { value: ['address', 'family'], enumerable: false });

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (utils.isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  port = utils.validatePort(port);
  validateFunction(callback, 'callback');
  binding.lookupService(address, port, (code, hostname, service) => {
    if (code) callback(dnsException(code, 'getnameinfo', address));
    else callback(null, hostname, service);
  });
  return {};
}
Object.defineProperty(lookupService, customPromisifyArgs, { value: ['hostname', 'service'], enumerable: false });

const Resolver = createResolverClass(false);

function setServers(servers) {
  const targets = [[module.exports, Resolver]];
  if (promises) targets.push([promises, promises.Resolver]);
  setDefaultServers(servers, targets);
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: utils.getDefaultResultOrder,
  setDefaultResultOrder: utils.setDefaultResultOrder,
  setServers,
  ADDRCONFIG: utils.ADDRCONFIG,
  ALL: utils.ALL,
  V4MAPPED: utils.V4MAPPED,
  ...utils.errorCodes,
};
bindDefaultResolver(module.exports, Resolver);
let promises;

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get: () => (promises ??= require('dns/promises')),
});
