// SPDX-License-Identifier: Apache-2.0
'use strict';
// The Fetch standard's Headers: names compared case-insensitively, values trimmed of HTTP
// whitespace, iteration sorted by lower-cased name with set-cookie kept apart, guards for
// immutable (response) headers; error texts as Node 20's fetch (undici) words them.

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kList = Symbol('headers list');
const kGuard = Symbol('guard');

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function normalizeValue(value) {
  return `${value}`.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function isValidValue(value) {
  return !/[\0\r\n]/.test(value);
}

class Headers {
  constructor(init = undefined) {
    // lower-case name -> { name (as first given), values: [] }
    this[kList] = new Map();
    this[kGuard] = 'none';
    if (init === undefined || init === null) {
      if (init === null) throw new TypeError(initError());
      return;
    }
    fill(this, init);
  }

  append(name, value) {
    checkArgs(arguments.length, 2, 'append');
    appendHeader(this, name, value, 'append');
  }

  delete(name) {
    checkArgs(arguments.length, 1, 'delete');
    name = `${name}`;
    if (!TOKEN.test(name)) throw new TypeError(`Headers.delete: "${name}" is an invalid header name.`);
    checkGuard(this);
    this[kList].delete(name.toLowerCase());
  }

  get(name) {
    checkArgs(arguments.length, 1, 'get');
    name = `${name}`;
    if (!TOKEN.test(name)) throw new TypeError(`Headers.get: "${name}" is an invalid header name.`);
    const entry = this[kList].get(name.toLowerCase());
    return entry === undefined ? null : entry.values.join(', ');
  }

  getSetCookie() {
    const entry = this[kList].get('set-cookie');
    return entry === undefined ? [] : entry.values.slice();
  }

  has(name) {
    checkArgs(arguments.length, 1, 'has');
    name = `${name}`;
    if (!TOKEN.test(name)) throw new TypeError(`Headers.has: "${name}" is an invalid header name.`);
    return this[kList].has(name.toLowerCase());
  }

  set(name, value) {
    checkArgs(arguments.length, 2, 'set');
    name = `${name}`;
    value = normalizeValue(value);
    if (!TOKEN.test(name)) throw new TypeError(`Headers.set: "${name}" is an invalid header name.`);
    if (!isValidValue(value)) throw new TypeError(`Headers.set: "${value}" is an invalid header value.`);
    checkGuard(this);
    this[kList].set(name.toLowerCase(), { name, values: [value] });
  }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw new TypeError("Headers.forEach: Argument 1 could not be converted to: Function.");
    }
    for (const [name, value] of this) Reflect.apply(callback, thisArg, [value, name, this]);
  }

  *entries() {
    const names = [...this[kList].keys()].sort();
    for (const name of names) {
      const entry = this[kList].get(name);
      if (entry === undefined) continue;
      if (name === 'set-cookie') {
        for (const v of entry.values) yield [name, v];
      } else {
        yield [name, entry.values.join(', ')];
      }
    }
  }

  *keys() {
    for (const [name] of this.entries()) yield name;
  }

  *values() {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  [customInspect](depth, options, inspect) {
    const shown = {};
    for (const { name, values } of this[kList].values()) shown[name] = values.join(', ');
    return `Headers ${inspect(shown, options)}`;
  }
}
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });

function initError() {
  return 'Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.';
}

function checkArgs(got, needed, method) {
  if (got < needed) {
    throw new TypeError(`Headers.${method}: ${needed} argument${needed > 1 ? 's' : ''} required, but only ${got} present.`);
  }
}

function checkGuard(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

function appendHeader(headers, name, value, method) {
  name = `${name}`;
  value = normalizeValue(value);
  if (!TOKEN.test(name)) throw new TypeError(`Headers.${method}: "${name}" is an invalid header name.`);
  if (!isValidValue(value)) throw new TypeError(`Headers.${method}: "${value}" is an invalid header value.`);
  checkGuard(headers);
  const key = name.toLowerCase();
  const entry = headers[kList].get(key);
  if (entry) entry.values.push(value);
  else headers[kList].set(key, { name, values: [value] });
}

function fill(headers, init) {
  if (init instanceof Headers) {
    for (const { name, values } of init[kList].values()) {
      for (const v of values) appendHeader(headers, name, v, 'append');
    }
    return;
  }
  if (typeof init !== 'object' && typeof init !== 'function') throw new TypeError(initError());
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      if (typeof pair === 'string' || typeof pair?.[Symbol.iterator] !== 'function') throw new TypeError(initError());
      const list = [...pair];
      if (list.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${list.length}.`);
      }
      appendHeader(headers, list[0], list[1], 'append');
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    if (typeof key === 'symbol') continue;
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc?.enumerable) appendHeader(headers, key, init[key], 'append');
  }
}

// For fetch's own use: the headers as [name, value] pairs to send, and an immutable copy.
function headerPairs(headers) {
  const out = [];
  for (const { name, values } of headers[kList].values()) {
    for (const v of values) out.push([name, v]);
  }
  return out;
}

function setGuard(headers, guard) {
  headers[kGuard] = guard;
  return headers;
}

module.exports = { Headers, fill, headerPairs, setGuard, kList, normalizeValue, isValidValue, TOKEN };
