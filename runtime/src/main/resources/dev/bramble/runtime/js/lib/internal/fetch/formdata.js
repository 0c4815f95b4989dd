// SPDX-License-Identifier: Apache-2.0
'use strict';
// The Fetch standard's FormData: an ordered list of name/value entries where a value is a string
// or a File (a Blob given with a file name becomes one).

const { Blob, File } = require('buffer');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kEntries = Symbol('entries');

function entryValue(value, filename) {
  if (!(value instanceof Blob)) return `${value}`;
  if (!(value instanceof File) || filename !== undefined) {
    return new File([value], filename !== undefined ? `${filename}` : 'blob', { type: value.type });
  }
  return value;
}

function args(got, needed, method) {
  if (got < needed) {
    throw new TypeError(`FormData.${method}: ${needed} argument${needed > 1 ? 's' : ''} required, but only ${got} present.`);
  }
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError("FormData constructor: Argument 1 could not be converted to: undefined.");
    }
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    args(arguments.length, 2, 'append');
    if (arguments.length === 3 && !(value instanceof Blob)) {
      throw new TypeError("Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'");
    }
    this[kEntries].push([`${name}`, entryValue(value, filename)]);
  }

  delete(name) {
    args(arguments.length, 1, 'delete');
    name = `${name}`;
    this[kEntries] = this[kEntries].filter(([n]) => n !== name);
  }

  get(name) {
    args(arguments.length, 1, 'get');
    name = `${name}`;
    const found = this[kEntries].find(([n]) => n === name);
    return found === undefined ? null : found[1];
  }

  getAll(name) {
    args(arguments.length, 1, 'getAll');
    name = `${name}`;
    return this[kEntries].filter(([n]) => n === name).map(([, v]) => v);
  }

  has(name) {
    args(arguments.length, 1, 'has');
    name = `${name}`;
    return this[kEntries].some(([n]) => n === name);
  }

  set(name, value, filename = undefined) {
    args(arguments.length, 2, 'set');
    if (arguments.length === 3 && !(value instanceof Blob)) {
      throw new TypeError("Failed to execute 'set' on 'FormData': parameter 2 is not of type 'Blob'");
    }
    name = `${name}`;
    const entry = [name, entryValue(value, filename)];
    const i = this[kEntries].findIndex(([n]) => n === name);
    if (i === -1) {
      this[kEntries].push(entry);
    } else {
      this[kEntries] = [...this[kEntries].slice(0, i), entry, ...this[kEntries].slice(i + 1).filter(([n]) => n !== name)];
    }
  }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw new TypeError("FormData.forEach: Argument 1 could not be converted to: Function.");
    }
    for (const [k, v] of this) Reflect.apply(callback, thisArg, [v, k, this]);
  }

  *entries() {
    for (let i = 0; i < this[kEntries].length; i++) yield this[kEntries][i].slice();
  }

  *keys() {
    for (const [k] of this.entries()) yield k;
  }

  *values() {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  [customInspect](depth, options, inspect) {
    if (this[kEntries].length === 0) return 'FormData {}';
    const shown = {};
    for (const [k, v] of this[kEntries]) {
      if (shown[k] === undefined) shown[k] = v;
      else if (Array.isArray(shown[k])) shown[k].push(v);
      else shown[k] = [shown[k], v];
    }
    return `FormData ${inspect(shown, options)}`;
  }
}
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData', configurable: true });

module.exports = { FormData };
