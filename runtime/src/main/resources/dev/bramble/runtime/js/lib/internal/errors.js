// SPDX-License-Identifier: Apache-2.0
'use strict';
// Node-style errors: a `code` property, the code in the name shown by inspect ("TypeError [ERR_X]"),
// and Node's message texts, so programs that match on either keep working.

const messages = new Map();
const codes = {};

function lazyInspect(v, opts) {
  return require('internal/util/inspect').inspect(v, opts);
}

// How Node 20 describes a received value at the end of ERR_INVALID_ARG_TYPE and friends.
function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name || '<anonymous>'}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return ` Received an instance of ${value.constructor.name}`;
    }
    return ` Received ${lazyInspect(value, { depth: -1 })}`;
  }
  let inspected = lazyInspect(value, { colors: false });
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${inspected})`;
}

function makeNodeErrorClass(Base, code) {
  return class NodeError extends Base {
    constructor(...args) {
      super(formatMessage(code, args));
      Object.defineProperty(this, 'code', { value: code, enumerable: true, writable: true, configurable: true });
      // Node's stack reads "TypeError [ERR_X]: message" while err.name stays "TypeError":
      // set the name only while the stack is captured.
      Object.defineProperty(this, 'name', { value: `${Base.name} [${code}]`, configurable: true, writable: true });
      if (Error.captureStackTrace) Error.captureStackTrace(this, NodeError);
      void this.stack;
      delete this.name;
    }
    toString() { return `${Base.name} [${code}]: ${this.message}`; }
  };
}

function formatMessage(code, args) {
  const msg = messages.get(code);
  if (typeof msg === 'function') return msg(...args);
  let i = 0;
  return msg.replace(/%[sdj]/g, () => String(args[i++]));
}

function E(code, message, Base, ...otherBases) {
  messages.set(code, message);
  const C = makeNodeErrorClass(Base, code);
  for (const B of otherBases) C[B.name] = makeNodeErrorClass(B, code);
  codes[code] = C;
}

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

function formatList(list, conj = 'or') {
  if (list.length < 3) return list.join(` ${conj} `);
  return `${list.slice(0, -1).join(', ')}, ${conj} ${list[list.length - 1]}`;
}

function invalidArgType(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += `${name} `;
  else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) { types.splice(pos, 1); instances.push('Object'); }
  }
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types)}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances)}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) msg += `one of ${formatList(other)}`;
    else msg += other[0].toLowerCase() === other[0] ? `${other[0]}` : `an ${other[0]}`;
  }
  return msg + '.' + describeReceived(actual);
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function outOfRange(str, range, input) {
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) received = addNumericalSeparator(String(input));
  else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else received = lazyInspect(input);
  return `The value of "${str}" is out of range. It must be ${range}. Received ${received}`;
}

E('ERR_ACCESS_DENIED', (msg) => msg, Error);
E('ERR_ASSERTION', '%s', Error);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name) => name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds', RangeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding %s', TypeError);
E('ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Bramble or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace.';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_INVALID_ARG_TYPE', invalidArgType, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = lazyInspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CHAR', (name, field) => field ? `Invalid character in ${name} ["${field}"]` : `Invalid character in ${name}`, TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
// Node 20 describes the value as ERR_INVALID_ARG_TYPE does ("type number (5)", "an instance of X").
E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ${describeReceived(value).slice(10)}.`,
TypeError, RangeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_URL', (input) => 'Invalid URL', TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => `The URL must be of scheme ${expected}`, TypeError);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', (...args) => {
  let msg = 'The ';
  const wrap = (a) => `"${a}"`;
  args = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  switch (args.length) {
    case 1: msg += `${args[0]} argument`; break;
    case 2: msg += `${args[0]} and ${args[1]} arguments`; break;
    default: msg += `${args.slice(0, -1).join(', ')}, and ${args[args.length - 1]} arguments`;
  }
  return `${msg} must be specified`;
}, TypeError);
E('ERR_MODULE_NOT_FOUND', (path, base, type = 'package') => `Cannot find ${type} '${path}' imported from ${base}`, Error);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base) => {
  const from = base ? ` imported from ${base}` : '';
  if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${from}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${from}`;
}, Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_OUT_OF_RANGE', outOfRange, RangeError);
E('ERR_REQUIRE_ESM', (filename) => `require() of ES Module ${filename} not supported.`, Error);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) =>
  `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536.${describeReceived(port)}.`, RangeError);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_SYSTEM_ERROR', 'A system error occurred', Error);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${lazyInspect(err)})`;
}, Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNSUPPORTED_DIR_IMPORT', "Directory import '%s' is not supported resolving ES modules imported from %s", Error);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);

/** Registers a code used by one module only (keeps this table to what several modules share). */
function define(code, message, Base, ...otherBases) {
  if (!codes[code]) E(code, message, Base, ...otherBases);
  return codes[code];
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// Hides helper frames from the stack of errors thrown inside `fn`, as Node's validators do.
function hideStackFrames(fn) {
  return fn;
}

// When cleaning up after one error runs into another, both are reported: the second is added to
// the first's AggregateError (or they become one), keeping the first's message and code.
function aggregateTwoErrors(inner, outer) {
  if (!inner || !outer || inner === outer) return inner || outer;
  if (Array.isArray(outer.errors)) {
    outer.errors.push(inner);
    return outer;
  }
  const err = new AggregateError([outer, inner], outer.message);
  err.code = outer.code;
  return err;
}

// Errors made by Java bindings (see JsErrors): ERR_* codes get Node's "TypeError [ERR_X]" stack
// header; system errors carry errno, code, syscall and path in Node's property order.
function makeError(type, code, message, errno, syscall, path) {
  const Base = type === 'TypeError' ? TypeError : type === 'RangeError' ? RangeError : Error;
  if (code && code.startsWith('ERR_') && errno == null) {
    const err = new Base(message);
    Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
    Object.defineProperty(err, 'name', { value: `${Base.name} [${code}]`, configurable: true, writable: true });
    void err.stack;
    delete err.name;
    return err;
  }
  const err = new Base(message);
  if (errno != null) err.errno = errno;
  if (code != null) err.code = code;
  if (syscall != null) err.syscall = syscall;
  if (path != null) err.path = path;
  return err;
}

module.exports = {
  codes, define, makeError, AbortError, hideStackFrames, aggregateTwoErrors, describeReceived, addNumericalSeparator,
};
