// SPDX-License-Identifier: Apache-2.0
'use strict';
// util.format / util.formatWithOptions: printf-like placeholders (%s %d %i %f %j %o %O %c %%),
// remaining arguments inspected and joined with spaces.

// The inspect modules load on first use, so printing plain strings (console.log('text'), the
// commonest start of a program) does not pay for them.
let inspectModule;
let primitives;
let types;
const inspect = (value, opts) => (inspectModule ??= require('internal/util/inspect')).inspect(value, opts);
const builtInObjects = { has: (name) => (inspectModule ??= require('internal/util/inspect')).builtInObjects.has(name) };
const formatNumber = (fn, n, sep) => (primitives ??= require('internal/util/inspect_primitives')).formatNumber(fn, n, sep);
const formatBigInt = (fn, n, sep) => (primitives ??= require('internal/util/inspect_primitives')).formatBigInt(fn, n, sep);
const engine = () => (types ??= require('internal/util/types')).engine();

const noColor = (s) => s;
let circularMessage;

function firstLine(err) {
  const msg = String(err && err.message);
  const nl = msg.indexOf('\n');
  return nl === -1 ? msg : msg.slice(0, nl);
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (circularMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circularError) {
        circularMessage = firstLine(circularError);
      }
    }
    if (err && err.name === 'TypeError' && firstLine(err) === circularMessage) return '[Circular]';
    throw err;
  }
}

// %s prints objects whose toString is a built-in one with inspect, others with String().
function hasBuiltInToString(value) {
  const b = engine();
  if (b && b.isProxy(value)) {
    const target = b.proxyTarget(value);
    if (target === null) return true;
    value = target;
  }
  if (typeof value.toString !== 'function') return true;
  if (Object.prototype.hasOwnProperty.call(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (!Object.prototype.hasOwnProperty.call(pointer, 'toString'));
  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    builtInObjects.has(descriptor.value.name);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') tempStr = formatNumber(noColor, arg, false);
            else if (typeof arg === 'bigint') tempStr = formatBigInt(noColor, arg, false);
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) tempStr = String(arg);
            else tempStr = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const n = args[++a];
            if (typeof n === 'bigint') tempStr = formatBigInt(noColor, n, false);
            else if (typeof n === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(noColor, Number(n), false);
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 105: { // 'i'
            const n = args[++a];
            if (typeof n === 'bigint') tempStr = formatBigInt(noColor, n, false);
            else if (typeof n === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(noColor, Number.parseInt(n), false);
            break;
          }
          case 102: { // 'f'
            const n = args[++a];
            tempStr = typeof n === 'symbol' ? 'NaN' : formatNumber(noColor, Number.parseFloat(n), false);
            break;
          }
          case 99: // 'c': CSS has no meaning on a terminal
            a += 1;
            tempStr = '';
            break;
          case 37: // '%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = { format, formatWithOptions, formatWithOptionsInternal };
