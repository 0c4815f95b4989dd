// SPDX-License-Identifier: Apache-2.0
'use strict';
// The Resolver classes of dns and dns/promises over the binding's DNS client (Netty's, with
// c-ares's retry rules): argument checks, Node's result shapes per record type, DNSException.

const { codes, makeError } = require('internal/errors');
const { validateString, validateFunction } = require('internal/buffer/validate');
const { dnsException } = require('internal/uv_errors');
const {
  parseServers, formatServers, validateResolverOptions, isIP,
} = require('internal/dns/utils');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = codes;
const binding = internalBinding('dns');

const TYPES = {
  queryAny: 'ANY', queryA: 'A', queryAaaa: 'AAAA', queryCaa: 'CAA', queryCname: 'CNAME', queryMx: 'MX',
  queryNs: 'NS', queryTxt: 'TXT', querySrv: 'SRV', queryPtr: 'PTR', queryNaptr: 'NAPTR', querySoa: 'SOA',
};
// resolve(name, rrtype) names, in the order Node's Resolver prototype lists them.
const METHODS = [
  ['resolveAny', 'queryAny', 'ANY'], ['resolve4', 'queryA', 'A'], ['resolve6', 'queryAaaa', 'AAAA'],
  ['resolveCaa', 'queryCaa', 'CAA'], ['resolveCname', 'queryCname', 'CNAME'], ['resolveMx', 'queryMx', 'MX'],
  ['resolveNs', 'queryNs', 'NS'], ['resolveTxt', 'queryTxt', 'TXT'], ['resolveSrv', 'querySrv', 'SRV'],
  ['resolvePtr', 'queryPtr', 'PTR'], ['resolveNaptr', 'queryNaptr', 'NAPTR'], ['resolveSoa', 'querySoa', 'SOA'],
];

function soa(r) {
  return { nsname: r[2], hostmaster: r[3], serial: r[4], refresh: r[5], retry: r[6], expire: r[7], minttl: r[8] };
}

/** One record ([type, ttl, ...fields] from the binding) as Node gives it, with `type` for ANY. */
function shape(r, any, ttl) {
  const type = r[0];
  let v;
  switch (type) {
    case 'A':
    case 'AAAA': v = any || ttl ? { address: r[2], ttl: r[1] } : r[2]; break;
    case 'CNAME':
    case 'NS':
    case 'PTR': v = any ? { value: r[2] } : r[2]; break;
    case 'MX': v = { exchange: r[3], priority: r[2] }; break;
    case 'TXT': v = any ? { entries: Array.from(r[2]) } : Array.from(r[2]); break;
    case 'SRV': v = { name: r[5], port: r[4], priority: r[2], weight: r[3] }; break;
    case 'SOA': v = soa(r); break;
    case 'NAPTR': v = { flags: r[4], service: r[5], regexp: r[6], replacement: r[7], order: r[2], preference: r[3] }; break;
    case 'CAA': v = { critical: r[2], [r[3]]: r[4] }; break;
    default: return undefined;
  }
  if (any) v.type = type;
  return v;
}

// c-ares's ANY answer comes grouped by type, in the order Node's parser takes them.
const ANY_ORDER = ['CNAME', 'A', 'AAAA', 'MX', 'NS', 'TXT', 'SRV', 'PTR', 'NAPTR', 'SOA', 'CAA'];

function results(bindingName, records, ttl) {
  const type = TYPES[bindingName];
  const list = [];
  if (type === 'ANY') records = Array.from(records).sort((a, b) => ANY_ORDER.indexOf(a[0]) - ANY_ORDER.indexOf(b[0]));
  for (const r of records) {
    const v = shape(r, type === 'ANY', ttl);
    if (v !== undefined) list.push(v);
  }
  return type === 'SOA' ? list[0] : list;
}

/** Runs a query; `done(err, result)` gets a DNSException or Node's result. */
function query(resolver, bindingName, name, ttl, done) {
  const onAnswer = (code, records) => {
    if (code) done(dnsException(code, bindingName, name));
    else done(null, bindingName === 'getHostByAddr' ? Array.from(records, (r) => r[2]) : results(bindingName, records, ttl));
  };
  if (bindingName === 'getHostByAddr') {
    // Not an address: thrown at once with errno, as c-ares's setup fails in Node.
    if (!isIP(name)) {
      const err = dnsException('EINVAL', bindingName, name);
      err.errno = -22;
      throw err;
    }
    resolver._handle.reverse(name, onAnswer);
  }
  else resolver._handle.query(TYPES[bindingName], name, `dns.${apiName(bindingName)}()`, onAnswer);
}

function apiName(bindingName) {
  for (const [method, b] of METHODS) if (b === bindingName) return method;
  return 'reverse';
}

class ResolverBase {
  constructor(options = undefined) {
    const { timeout, tries } = validateResolverOptions(options);
    this._handle = binding.resolver(timeout, tries);
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    return formatServers(Array.from(this._handle.servers()));
  }

  setServers(servers) {
    const list = parseServers(servers);
    this._handle.setServers(list.flat());
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    // As c-ares takes them: ipv4 may be either family (it decides which slot), ipv6 must be IPv6.
    const v4 = isIP(ipv4);
    const v6 = ipv6 === undefined ? 0 : isIP(ipv6);
    const invalid = (message) => makeError('TypeError', 'ERR_INVALID_ARG_VALUE', message);
    if (!v4 || (ipv6 !== undefined && !v6)) throw invalid('Invalid IP address.');
    if (v4 === 4 && v6 === 4) throw invalid('Cannot specify two IPv4 addresses.');
    if (v4 === 6 && v6 === 6) throw invalid('Cannot specify two IPv6 addresses.');
    if (v4 === 6) this._handle.setLocalAddress(v6 === 4 ? ipv6 : null, ipv4);
    else this._handle.setLocalAddress(ipv4, ipv6 ?? null);
  }
}

/** A Resolver class whose methods take callbacks (dns) or return promises (dns/promises). */
function createResolverClass(promises) {
  class Resolver extends ResolverBase {}
  const resolveMap = { __proto__: null };

  const make = (bindingName) => {
    const fn = promises
      ? function (name, options) {
        validateString(name, 'name');
        return new Promise((resolve, reject) => {
          query(this, bindingName, name, !!(options && options.ttl), (err, r) => (err ? reject(err) : resolve(r)));
        });
      }
      : function (name, options, callback) {
        if (arguments.length <= 2) callback = options;
        validateString(name, 'name');
        validateFunction(callback, 'callback');
        query(this, bindingName, name, !!(arguments.length > 2 && options && options.ttl),
          (err, r) => (err ? callback(err) : callback(null, r)));
        return {};
      };
    Object.defineProperty(fn, 'name', { value: bindingName });
    return fn;
  };
  for (const [method, bindingName, type] of METHODS) Resolver.prototype[method] = resolveMap[type] = make(bindingName);
  Resolver.prototype.reverse = make('getHostByAddr');
  Resolver.prototype.resolve = function resolve(hostname, rrtype, callback) {
    let fn;
    if (typeof rrtype === 'string') {
      fn = resolveMap[rrtype];
    } else if (rrtype === undefined && promises) {
      fn = resolveMap.A;
    } else if (typeof rrtype === 'function' && !promises) {
      fn = resolveMap.A;
      callback = rrtype;
    } else {
      throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
    }
    if (typeof fn !== 'function') throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    return promises ? Reflect.apply(fn, this, [hostname]) : Reflect.apply(fn, this, [hostname, callback]);
  };
  return Resolver;
}

const resolverKeys = [
  'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
  'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse',
];

let defaultResolver;
function getDefaultResolver() {
  return (defaultResolver ??= new ResolverBase());
}

/** dns.resolve4 etc.: the methods of `Resolver` bound to the current default resolver. */
function bindDefaultResolver(target, Resolver) {
  const resolver = getDefaultResolver();
  for (const key of resolverKeys) target[key] = Resolver.prototype[key].bind(resolver);
}

/**
 * dns.setServers / dnsPromises.setServers: a new default resolver with those servers, bound to the
 * given modules. As in Node, dns.setServers rebinds dns/promises too, but not the other way round.
 */
function setDefaultServers(servers, targets) {
  const resolver = new ResolverBase();
  resolver.setServers(servers);
  defaultResolver = resolver;
  for (const [target, Resolver] of targets) bindDefaultResolver(target, Resolver);
}

module.exports = { ResolverBase, createResolverClass, bindDefaultResolver, getDefaultResolver, setDefaultServers, resolverKeys };
