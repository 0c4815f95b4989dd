// SPDX-License-Identifier: Apache-2.0
'use strict';
// dns/promises (also dns.promises): the dns API returning promises.

const { codes } = require('internal/errors');
const { validateString } = require('internal/buffer/validate');
const { dnsException } = require('internal/uv_errors');
const utils = require('internal/dns/utils');
const { createResolverClass, bindDefaultResolver, setDefaultServers } = require('internal/dns/resolver');

const { ERR_MISSING_ARGS, ERR_INVALID_ARG_VALUE } = codes;
const binding = internalBinding('dns');

function lookup(hostname, options) {
  const { family, all, hints, order } = utils.parseLookupOptions(hostname, options, undefined, arguments.length, true);
  if (!hostname) {
    utils.emitInvalidHostnameWarning(hostname);
    return Promise.resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
  }
  const matched = utils.isIP(hostname);
  if (matched) {
    const result = { address: hostname, family: matched };
    return Promise.resolve(all ? [result] : result);
  }
  return new Promise((resolve, reject) => {
    binding.lookup(hostname, family, hints, (code, flat) => {
      if (code) return reject(dnsException(code, 'getaddrinfo', hostname));
      const list = utils.orderAddresses(Array.from(flat), order);
      resolve(all ? list : list[0]);
    });
  });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (utils.isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  port = utils.validatePort(port);
  return new Promise((resolve, reject) => {
    binding.lookupService(address, port, (code, hostname, service) => {
      if (code) reject(dnsException(code, 'getnameinfo', address));
      else resolve({ hostname, service });
    });
  });
}

const Resolver = createResolverClass(true);

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: utils.getDefaultResultOrder,
  setDefaultResultOrder: utils.setDefaultResultOrder,
  setServers: (servers) => setDefaultServers(servers, [[module.exports, Resolver]]),
  ...utils.errorCodes,
};
bindDefaultResolver(module.exports, Resolver);
