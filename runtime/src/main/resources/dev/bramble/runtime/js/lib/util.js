// SPDX-License-Identifier: Apache-2.0
'use strict';
// node:util — formatting and inspection, promisify/callbackify, inherits, deprecate, type checks,
// deep equality, debuglog, parseArgs, styleText and the legacy is* helpers.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_FALSY_VALUE_REJECTION },
} = require('internal/errors');
const { inspect } = require('internal/util/inspect');
const { format, formatWithOptions } = require('internal/util/format');
const { stripVTControlCharacters } = require('internal/util/inspect_primitives');
const { promisify, deprecate, validateFunction, copyDescriptors } = require('internal/util');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const { debuglog } = require('internal/util/debuglog');
const { errorMap } = require('internal/util/errno');
const types = require('internal/util/types');

function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// A null/undefined/false rejection reason is wrapped, since the callback's first argument
// being falsy means success.
function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const err = new ERR_FALSY_VALUE_REJECTION();
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  return copyDescriptors(callbackified, original, (descriptors) => {
    if (typeof descriptors.length.value === 'number') descriptors.length.value++;
    if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  });
}

function getSystemErrorName(err) {
  if (typeof err !== 'number') throw new ERR_INVALID_ARG_TYPE('err', 'number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  const entry = errorMap.get(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  return new Map(errorMap);
}

function errnoException(err, syscall, original) {
  const name = getSystemErrorName(err);
  const message = original ? `${syscall} ${name} ${original}` : `${syscall} ${name}`;
  const ex = new Error(message);
  ex.errno = err;
  ex.code = name;
  ex.syscall = syscall;
  return ex;
}

function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = getSystemErrorName(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

function styleCodes(key) {
  const codes = inspect.colors[key];
  if (codes == null) {
    const allowed = Object.keys(inspect.colors).map((c) => `'${c}'`).join(', ');
    throw new ERR_INVALID_ARG_VALUE('format', key, `must be one of: ${allowed}`);
  }
  return codes;
}

function envVar(name) {
  try {
    return process.env[name];
  } catch {
    return undefined; // not readable without --allow-env
  }
}

// Whether escape codes make sense on `stream`: FORCE_COLOR wins, then a TTY with colours.
function shouldColorize(stream) {
  const force = envVar('FORCE_COLOR');
  if (force !== undefined) return force === '' || force === '1' || force === '2' || force === '3' || force === 'true';
  if (!stream || !stream.isTTY) return false;
  if (typeof stream.hasColors === 'function') return stream.hasColors();
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  return envVar('NO_COLOR') === undefined && envVar('NODE_DISABLE_COLORS') === undefined;
}

function isStreamLike(obj) {
  return obj != null && typeof obj === 'object' &&
    (obj._readableState !== undefined || obj._writableState !== undefined ||
     (typeof obj.on === 'function' && (typeof obj.write === 'function' || typeof obj.pipe === 'function')) ||
     typeof obj.getWriter === 'function' || typeof obj.getReader === 'function');
}

// Escape codes for `format` around `text`. A single format is left out when `stream` (stdout by
// default) would not show colours; a list of formats is always applied, as in Node 20.
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  if (typeof validateStream !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.validateStream', 'boolean', validateStream);
  }
  if (validateStream && !isStreamLike(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const codes = styleCodes(key);
      left += `\u001b[${codes[0]}m`;
      right = `\u001b[${codes[1]}m${right}`;
    }
    return `${left}${text}${right}`;
  }
  const codes = styleCodes(format);
  if (validateStream && !shouldColorize(stream)) return text;
  return `\u001b[${codes[0]}m${text}\u001b[${codes[1]}m`;
}

function toUSVString(input) {
  const str = `${input}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => String(n).padStart(2, '0');

// "26 Feb 16:19:34 - message"
function log(...args) {
  const d = new Date();
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  console.log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${time}`, format(...args));
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function isBuffer(value) {
  return require('buffer').Buffer.isBuffer(value);
}

function isError(e) {
  return types.isNativeError(e) || Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}

// KEY=value lines as in a .env file: comments, `export`, quotes, and \n in double quotes.
function parseEnv(content) {
  validateString(content, 'content');
  const result = {};
  const lines = content.replace(/\r\n?/g, '\n');
  const re = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*("(?:\\.|[^"\\])*"|'[^']*'|`[^`]*`|[^#\n]*)?[^\n]*$/gm;
  let m;
  while ((m = re.exec(lines)) !== null) {
    let value = (m[2] || '').trim();
    const q = value[0];
    if ((q === '"' || q === "'" || q === '`') && value.endsWith(q) && value.length >= 2) {
      value = value.slice(1, -1);
      if (q === '"') value = value.replace(/\\n/g, '\n');
    }
    result[m[1]] = value;
  }
  return result;
}

function aborted(signal, resource) {
  if (signal === undefined || signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

module.exports = {
  _errnoException: errnoException,
  _exceptionWithHostPort: exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (arg) => typeof arg === 'boolean',
  isBuffer,
  isDeepStrictEqual,
  isNull: (arg) => arg === null,
  isNullOrUndefined: (arg) => arg === null || arg === undefined,
  isNumber: (arg) => typeof arg === 'number',
  isString: (arg) => typeof arg === 'string',
  isSymbol: (arg) => typeof arg === 'symbol',
  isUndefined: (arg) => arg === undefined,
  isRegExp: types.isRegExp,
  isObject: (arg) => arg !== null && typeof arg === 'object',
  isDate: types.isDate,
  isError,
  isFunction: (arg) => typeof arg === 'function',
  isPrimitive: (arg) => arg === null || (typeof arg !== 'object' && typeof arg !== 'function'),
  log,
  promisify,
  stripVTControlCharacters(str) {
    validateString(str, 'str');
    return stripVTControlCharacters(str);
  },
  toUSVString,
};

// Bramble has no worker threads to transfer signals to: these return their argument.
for (const name of ['transferableAbortSignal', 'transferableAbortController', 'aborted']) {
  const value = name === 'aborted' ? aborted : (x) => x;
  Object.defineProperty(module.exports, name, {
    get() {
      return value;
    },
    enumerable: true,
    configurable: true,
  });
}
module.exports.types = types;
module.exports.parseEnv = parseEnv;

// Loaded on first use, as in Node (encoding belongs to the buffer/url owner).
function defineLazy(id, names) {
  for (const name of names) {
    let value;
    let loaded = false;
    Object.defineProperty(module.exports, name, {
      get() {
        if (!loaded) {
          value = require(id)[name];
          loaded = true;
        }
        return value;
      },
      set(v) {
        value = v;
        loaded = true;
      },
      enumerable: true,
      configurable: true,
    });
  }
}
defineLazy('internal/util/parse_args', ['parseArgs']);
defineLazy('internal/encoding', ['TextDecoder', 'TextEncoder']);

for (const name of ['isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
  'isUndefined', 'isObject', 'isFunction', 'isPrimitive']) {
  Object.defineProperty(module.exports[name], 'name', { value: name });
}
