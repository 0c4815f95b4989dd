// SPDX-License-Identifier: Apache-2.0
'use strict';
// Validation and normalization of child_process arguments, with Node's error codes and texts:
// (file, args, options) -> { file, args (argv[0] first), cwd, envPairs, stdio, ... }.

const { codes, define } = require('internal/errors');
const {
  validateBoolean, validateObject, validateString, isArrayBufferView,
} = require('internal/buffer/validate');
const { signals } = require('internal/os/constants');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL } = codes;
const ERR_IPC_ONE_PIPE = define('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
const ERR_IPC_SYNC_FORK = define('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
const ERR_INVALID_SYNC_FORK_INPUT = define('ERR_INVALID_SYNC_FORK_INPUT',
  'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s', TypeError);

const signalNames = new Map(Object.entries(signals).map(([name, n]) => [n, name]));

function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalNames.has(signal)) return signal;
  if (typeof signal === 'string') {
    const n = signals[signal.toUpperCase()];
    if (n) return n;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return convertToValidSignal(killSignal);
  if (killSignal != null) throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  return undefined;
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function validateArgumentNullCheck(arg, propName) {
  if (typeof arg === 'string' && arg.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(propName, arg, 'must be a string without null bytes');
  }
}

function validateArgumentsNullCheck(args, propName) {
  for (let i = 0; i < args.length; ++i) validateArgumentNullCheck(args[i], `${propName}[${i}]`);
}

const isInt32 = (v) => v === (v | 0);

/** A path given as a string, Buffer or file: URL, as fs accepts it. */
function getValidatedPath(value, name) {
  let path = value;
  if (value != null && typeof value === 'object' && value.href !== undefined && value.protocol !== undefined) {
    path = require('url').fileURLToPath(value);
  } else if (isArrayBufferView(value)) {
    path = Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString();
  } else if (typeof value !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], value);
  }
  if (path.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateArgumentNullCheck(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');

  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  validateArgumentsNullCheck(args, 'args');

  if (options === undefined) options = {};
  else validateObject(options, 'options');
  options = { ...options };

  let cwd = options.cwd;
  if (cwd != null) cwd = getValidatedPath(cwd, 'options.cwd');
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !isInt32(options.uid)) throw new ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  if (options.gid != null && !isInt32(options.gid)) throw new ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }

  if (options.shell) {
    validateArgumentNullCheck(options.shell, 'options.shell');
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);

  // Without options.env the child inherits the whole environment (with this program's changes),
  // as in Node and Deno: --allow-run already lets a program hand its environment on. Enumerating
  // process.env in JS needs --allow-env, so it is not copied here but by the binding (envPairs null).
  const env = options.env || process.env;
  const envPairs = env === process.env ? null : [];
  for (const key in envPairs ? env : {}) {
    const value = env[key];
    if (value !== undefined) {
      validateArgumentNullCheck(key, `options.env['${key}']`);
      validateArgumentNullCheck(value, `options.env['${key}']`);
      envPairs.push(`${key}=${value}`);
    }
  }

  return {
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  };
}

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': options.push(stdio, stdio, stdio); break;
    case 'inherit': options.push(0, 1, 2); break;
    default: throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

/** stdio as a list of { type: 'pipe'|'ignore'|'inherit'|'fd'|'ipc', fd }, at least three long. */
function getValidStdio(stdio, sync) {
  let ipc;
  if (typeof stdio === 'string') stdio = stdioStringToArray(stdio);
  else if (!Array.isArray(stdio)) throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);

  const out = [];
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      out.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      out.push({ type: 'pipe', readable: i === 0, writable: i !== 0 });
    } else if (s === 'ipc') {
      if (sync || ipc !== undefined) throw sync ? new ERR_IPC_SYNC_FORK() : new ERR_IPC_ONE_PIPE();
      ipc = i;
      out.push({ type: 'ipc' });
    } else if (s === 'inherit') {
      out.push({ type: 'inherit', fd: i });
    } else if (typeof s === 'number' || typeof s.fd === 'number') {
      out.push({ type: 'fd', fd: typeof s === 'number' ? s : s.fd });
    } else if (isArrayBufferView(s) || typeof s === 'string') {
      if (!sync) throw new ERR_INVALID_SYNC_FORK_INPUT(require('internal/util/inspect').inspect(s));
      out.push({ type: 'pipe', readable: i === 0, writable: i !== 0, input: s });
    } else {
      throw new ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return { stdio: out, ipc };
}

module.exports = {
  convertToValidSignal, sanitizeKillSignal, validateTimeout, validateMaxBuffer, validateArgumentNullCheck,
  validateArgumentsNullCheck, getValidatedPath, normalizeSpawnArguments, stdioStringToArray, getValidStdio,
  signalNames,
};
