// SPDX-License-Identifier: Apache-2.0
'use strict';
// structuredClone(): the HTML structured-clone algorithm for the types plain JS can reach.

const { DOMException } = require('internal/web/dom_exception');
const { isArrayBuffer, typedArrayName } = require('internal/buffer/validate');

const errorNames = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError']);
const tagOf = (v) => Object.prototype.toString.call(v).slice(8, -1);

function cannotClone(v) {
  let text;
  if (typeof v === 'symbol') text = v.toString();
  else if (typeof v === 'function') text = Function.prototype.toString.call(v);
  else text = `#<${(v && v.constructor && v.constructor.name) || 'Object'}>`;
  return new DOMException(`${text} could not be cloned.`, 'DataCloneError');
}

function clone(v, memo) {
  if (typeof v === 'symbol' || typeof v === 'function') throw cannotClone(v);
  if (v === null || typeof v !== 'object') return v;
  if (memo.has(v)) return memo.get(v);
  let out;
  if (isArrayBuffer(v)) {
    out = v.slice(0);
    memo.set(v, out);
    return out;
  }
  if (ArrayBuffer.isView(v)) {
    const buffer = clone(v.buffer, memo);
    const name = typedArrayName(v);
    out = name === undefined ? new DataView(buffer, v.byteOffset, v.byteLength)
      : new globalThis[name](buffer, v.byteOffset, v.length);
    memo.set(v, out);
    return out;
  }
  switch (tagOf(v)) {
    case 'Date': out = new Date(v.getTime()); break;
    case 'RegExp': out = new RegExp(v.source, v.flags); break;
    case 'Boolean': out = Object(Boolean.prototype.valueOf.call(v)); break;
    case 'Number': out = Object(Number.prototype.valueOf.call(v)); break;
    case 'String': out = Object(String.prototype.valueOf.call(v)); break;
    case 'BigInt': out = Object(BigInt.prototype.valueOf.call(v)); break;
    case 'Map':
      out = new Map();
      memo.set(v, out);
      for (const [k, val] of Map.prototype.entries.call(v)) out.set(clone(k, memo), clone(val, memo));
      return out;
    case 'Set':
      out = new Set();
      memo.set(v, out);
      for (const val of Set.prototype.values.call(v)) out.add(clone(val, memo));
      return out;
    case 'Error': {
      const name = errorNames.has(v.name) ? v.name : 'Error';
      out = Object.create(globalThis[name].prototype);
      memo.set(v, out);
      const msg = Object.getOwnPropertyDescriptor(v, 'message');
      if (msg) Object.defineProperty(out, 'message', { value: String(msg.value), writable: true, configurable: true, enumerable: false });
      if (v.stack !== undefined) Object.defineProperty(out, 'stack', { value: String(v.stack), writable: true, configurable: true, enumerable: false });
      if (Object.prototype.hasOwnProperty.call(v, 'cause')) {
        Object.defineProperty(out, 'cause', { value: clone(v.cause, memo), writable: true, configurable: true, enumerable: false });
      }
      return out;
    }
    case 'Array':
      out = new Array(v.length);
      memo.set(v, out);
      for (const k of Object.keys(v)) out[k] = clone(v[k], memo);
      return out;
    case 'Object':
      if (v instanceof EventTarget || Object.getPrototypeOf(v) === Promise.prototype) throw cannotClone(v);
      out = {};
      memo.set(v, out);
      for (const k of Object.keys(v)) out[k] = clone(v[k], memo);
      return out;
    default:
      throw cannotClone(v);
  }
  memo.set(v, out);
  return out;
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    const err = new TypeError('The value argument must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  void options; // transfer lists are accepted and ignored: nothing here is transferable yet
  return clone(value, new Map());
}

const { EventTarget } = require('internal/event_target');

module.exports = { structuredClone };
