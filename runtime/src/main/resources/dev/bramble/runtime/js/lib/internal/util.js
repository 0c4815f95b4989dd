// SPDX-License-Identifier: Apache-2.0
'use strict';
// Helpers shared by the core modules: promisify (with the custom symbols fs/dns/timers use),
// deprecate, once, and a few constants.

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const customPromisifySymbol = Symbol.for('nodejs.util.promisify.custom');
// Names for the callback's results when it yields several, e.g. ['bytesRead', 'buffer'].
const customPromisifyArgs = Symbol('customPromisifyArgs');
const kEmptyObject = Object.freeze({ __proto__: null });

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function copyDescriptors(target, source, adjust) {
  const descriptors = Object.getOwnPropertyDescriptors(source);
  if (adjust) adjust(descriptors);
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  return Object.defineProperties(target, descriptors);
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[customPromisifySymbol]) {
    const fn = original[customPromisifySymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, customPromisifySymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[customPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, customPromisifySymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyDescriptors(fn, original);
}
promisify.custom = customPromisifySymbol;

const codesWarned = new Set();

// Wraps `fn` so that its first call emits a DeprecationWarning (once per code).
function deprecate(fn, msg, code) {
  validateFunction(fn, 'fn');
  if (code !== undefined && typeof code !== 'string') throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning');
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function once(callback) {
  let called = false;
  return function (...args) {
    if (called) return;
    called = true;
    return Reflect.apply(callback, this, args);
  };
}

module.exports = {
  customInspectSymbol,
  customPromisifySymbol,
  customPromisifyArgs,
  kEmptyObject,
  promisify,
  deprecate,
  once,
  copyDescriptors,
  validateFunction,
};
