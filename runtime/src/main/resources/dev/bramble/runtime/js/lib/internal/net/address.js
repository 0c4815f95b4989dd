// SPDX-License-Identifier: Apache-2.0
'use strict';
// net.SocketAddress and net.BlockList. Addresses are compared as BigInts (IPv4 as 32 bits, IPv6
// as 128); an IPv4 rule also matches the IPv4-mapped IPv6 form (::ffff:a.b.c.d), as Node's does.

const { codes } = require('internal/errors');
const { isIPv4, isIPv6, validatePort, validateObject, validateString, validateInt32 } = require('internal/net/util');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = codes;

const kState = Symbol('state');
require('internal/errors').define('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);

function validateFamily(family, name) {
  validateString(family, name);
  const f = family.toLowerCase();
  if (f !== 'ipv4' && f !== 'ipv6') throw new ERR_INVALID_ARG_VALUE(name, family);
  return f;
}

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kState] !== undefined;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const { address = family === 'ipv4' ? '127.0.0.1' : '::', port = 0, flowlabel = 0 } = options;
    family = validateFamily(family, 'options.family');
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateInt32(flowlabel, 'options.flowlabel', 0, 2 ** 20 - 1);
    if (family === 'ipv4' ? !isIPv4(address) : !isIPv6(address)) throw new codes.ERR_INVALID_ADDRESS();
    this[kState] = { address, port: port | 0, family, flowlabel };
  }

  get address() { return this[kState].address; }

  get port() { return this[kState].port; }

  get family() { return this[kState].family; }

  get flowlabel() { return this[kState].flowlabel; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

  toJSON() {
    return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
  }
}

function v4ToBig(s) {
  return s.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

function v6ToBig(s) {
  const zone = s.indexOf('%');
  if (zone !== -1) s = s.slice(0, zone);
  const lastColon = s.lastIndexOf(':');
  if (s.slice(lastColon + 1).includes('.')) {
    const v4 = v4ToBig(s.slice(lastColon + 1));
    s = `${s.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = s.split('::');
  const h = halves[0] ? halves[0].split(':') : [];
  const r = halves.length > 1 && halves[1] ? halves[1].split(':') : [];
  const zeros = halves.length > 1 ? new Array(8 - h.length - r.length).fill('0') : [];
  return [...h, ...zeros, ...r].reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

const MAPPED = 0xffffn << 32n;

function toKey(address, family) {
  if (SocketAddress.isSocketAddress(address)) {
    family = address.family;
    address = address.address;
  } else {
    validateString(address, 'address');
    family = validateFamily(family, 'family');
  }
  if (family === 'ipv4') {
    if (!isIPv4(address)) throw new ERR_INVALID_ARG_VALUE('address', address);
    return { family, value: v4ToBig(address), text: address };
  }
  if (!isIPv6(address)) throw new ERR_INVALID_ARG_VALUE('address', address);
  return { family, value: v6ToBig(address), text: address };
}

// The IPv4 address an IPv6 one maps (::ffff:a.b.c.d), or null.
function mappedV4(key) {
  if (key.family !== 'ipv6' || (key.value >> 32n) !== 0xffffn) return null;
  return key.value & 0xffffffffn;
}

class BlockList {
  constructor() {
    this[kState] = [];
  }

  addAddress(address, family = 'ipv4') {
    const key = toKey(address, family);
    this[kState].push({ kind: 'address', family: key.family, lo: key.value, hi: key.value, text: `Address: ${label(key.family)} ${key.text}` });
  }

  addRange(start, end, family = 'ipv4') {
    const a = toKey(start, family);
    const b = toKey(end, family);
    if (a.value > b.value) throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    this[kState].push({ kind: 'range', family: a.family, lo: a.value, hi: b.value, text: `Range: ${label(a.family)} ${a.text}-${b.text}` });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const key = toKey(network, family);
    const bits = key.family === 'ipv4' ? 32 : 128;
    validateInt32(prefix, 'prefix', 0, bits);
    const size = BigInt(bits - prefix);
    const lo = (key.value >> size) << size;
    const hi = lo | ((1n << size) - 1n);
    this[kState].push({ kind: 'subnet', family: key.family, lo, hi, text: `Subnet: ${label(key.family)} ${key.text}/${prefix}` });
  }

  check(address, family = 'ipv4') {
    let key;
    try {
      key = toKey(address, family);
    } catch (err) {
      if (err instanceof TypeError && err.code === 'ERR_INVALID_ARG_TYPE') throw err;
      return false;
    }
    const v4 = mappedV4(key);
    for (const rule of this[kState]) {
      if (rule.family === key.family && key.value >= rule.lo && key.value <= rule.hi) return true;
      if (rule.family === 'ipv4' && v4 !== null && v4 >= rule.lo && v4 <= rule.hi) return true;
      if (rule.family === 'ipv6' && key.family === 'ipv4') {
        const m = MAPPED | key.value;
        if (m >= rule.lo && m <= rule.hi) return true;
      }
    }
    return false;
  }

  get rules() {
    return this[kState].map((r) => r.text).reverse();
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

function label(family) {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}

module.exports = { SocketAddress, BlockList, ERR_INVALID_ARG_TYPE };
