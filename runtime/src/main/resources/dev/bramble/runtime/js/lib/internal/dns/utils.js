// SPDX-License-Identifier: Apache-2.0
'use strict';
// Shared by dns, dns/promises and dgram: IP literal checks, lookup() option parsing and result
// ordering, the resolver's server list and Node's DNS error codes.

const { codes, define } = require('internal/errors');
const {
  validateArray, validateBoolean, validateFunction, validateInt32, validateNumber, validateOneOf, validateString,
} = require('internal/buffer/validate');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = codes;
const ERR_INVALID_IP_ADDRESS = define('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);

const V4_PART = /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
const ZONE = /^[0-9a-zA-Z\-.:_]+$/;

function isIPv4(s) {
  if (typeof s !== 'string') return false;
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => V4_PART.test(p));
}

function isIPv6(s) {
  if (typeof s !== 'string' || s.length === 0) return false;
  const pct = s.indexOf('%');
  if (pct >= 0) {
    if (!ZONE.test(s.slice(pct + 1))) return false;
    s = s.slice(0, pct);
  }
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = (half) => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const all = head.concat(tail);
  let count = 0;
  for (let i = 0; i < all.length; i++) {
    const g = all[i];
    if (i === all.length - 1 && g.includes('.')) {
      if (!isIPv4(g)) return false;
      count += 2;
    } else if (HEX_GROUP.test(g)) {
      count += 1;
    } else {
      return false;
    }
  }
  return halves.length === 2 ? count <= 7 : count === 8;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// uv_getaddrinfo hints, as dns exports them.
const ADDRCONFIG = 32;
const V4MAPPED = 8;
const ALL = 16;
const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];
let defaultOrder = 'verbatim';

function setDefaultResultOrder(value) {
  validateOneOf(value, 'dnsOrder', validOrders);
  defaultOrder = value;
}

function getDefaultResultOrder() {
  return defaultOrder;
}

function validateHints(hints) {
  if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) throw new ERR_INVALID_ARG_VALUE('hints', hints);
}

/** lookup(hostname, options, callback)'s arguments as Node 20 checks them. */
function parseLookupOptions(hostname, options, callback, argc, promise) {
  let hints = 0;
  let family = 0;
  let all = false;
  let order = defaultOrder;
  if (hostname) validateString(hostname, 'hostname');
  if (!promise && typeof options === 'function') {
    callback = options;
  } else if (typeof options === 'number') {
    if (!promise) validateFunction(callback, 'callback');
    validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    if (!promise) validateFunction(argc === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    if (!promise) validateFunction(callback, 'callback');
    if (options?.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      validateHints(hints);
    }
    if (options?.family != null) {
      if (options.family === 'IPv4') family = 4;
      else if (options.family === 'IPv6') family = 6;
      else {
        validateOneOf(options.family, 'options.family', validFamilies);
        family = options.family;
      }
    }
    if (options?.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options?.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options?.order != null) {
      validateOneOf(options.order, 'options.order', validOrders);
      order = options.order;
    }
  }
  return { hints, family, all, order, callback };
}

/** The binding's flat [address, family, ...] as {address, family} in the requested order. */
function orderAddresses(flat, order) {
  const list = [];
  for (let i = 0; i < flat.length; i += 2) list.push({ address: flat[i], family: flat[i + 1] });
  if (order === 'ipv4first') return list.filter((a) => a.family === 4).concat(list.filter((a) => a.family === 6));
  if (order === 'ipv6first') return list.filter((a) => a.family === 6).concat(list.filter((a) => a.family === 4));
  return list;
}

let warnedInvalidHostname = false;
function emitInvalidHostnameWarning(hostname) {
  if (warnedInvalidHostname) return;
  warnedInvalidHostname = true;
  process.emitWarning(`The provided hostname "${String(hostname)}" is not a valid hostname, and is supported in ` +
    'the dns module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

function validatePort(port, name = 'Port', allowZero = true) {
  const valid = (typeof port === 'number' || (typeof port === 'string' && port.trim() !== '')) &&
    +port === (+port >>> 0) && port <= 0xFFFF && !(port === 0 && !allowZero);
  if (!valid) throw new codes.ERR_SOCKET_BAD_PORT(name, port, allowZero);
  return port | 0;
}

/** setServers' list ('1.2.3.4', '1.2.3.4:53', '[::1]:5353', '::1') as [ip, port] pairs. */
function parseServers(servers) {
  validateArray(servers, 'servers');
  const out = [];
  servers.forEach((serv, index) => {
    validateString(serv, `servers[${index}]`);
    if (isIP(serv)) {
      out.push([serv, 53]);
      return;
    }
    const bracket = /^\[([^[\]]*)\](?::(\d+))?$/.exec(serv);
    if (bracket && isIPv6(bracket[1])) {
      out.push([bracket[1], parseInt(bracket[2], 10) || 53]);
      return;
    }
    const split = /(^.+?)(?::(\d+))?$/.exec(serv);
    if (split && isIP(split[1])) {
      out.push([split[1], parseInt(split[2] || '53', 10)]);
      return;
    }
    throw new ERR_INVALID_IP_ADDRESS(serv);
  });
  return out;
}

function formatServers(flat) {
  const out = [];
  for (let i = 0; i < flat.length; i += 2) {
    const [ip, port] = [flat[i], flat[i + 1]];
    if (!port || port === 53) out.push(ip);
    else out.push(`${isIPv6(ip) ? `[${ip}]` : ip}:${port}`);
  }
  return out;
}

function validateResolverOptions(options) {
  const { timeout = -1, tries = 4 } = { ...options };
  validateInt32(timeout, 'options.timeout', -1);
  validateInt32(tries, 'options.tries', 1);
  return { timeout, tries };
}

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND', NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME', BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

module.exports = {
  isIP, isIPv4, isIPv6, ADDRCONFIG, V4MAPPED, ALL, setDefaultResultOrder, getDefaultResultOrder,
  parseLookupOptions, orderAddresses, emitInvalidHostnameWarning, validatePort, parseServers, formatServers,
  validateResolverOptions, errorCodes, ERR_INVALID_IP_ADDRESS,
};
