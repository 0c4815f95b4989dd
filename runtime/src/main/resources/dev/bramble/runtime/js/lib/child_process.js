// SPDX-License-Identifier: Apache-2.0
'use strict';
// child_process: spawn/exec/execFile (+ their Sync forms) and fork, over internalBinding('child_process')
// (Java's ProcessBuilder). Every start is checked against --allow-run with the program's name.

const { codes, define, AbortError } = require('internal/errors');
const { validateFunction, validateObject, validateString, validateArray, isArrayBufferView } = require('internal/buffer/validate');
const { customPromisifySymbol } = require('internal/util');
const { errnoException, nameOf } = require('internal/uv_errors');
const {
  normalizeSpawnArguments, validateTimeout, validateMaxBuffer, sanitizeKillSignal, validateArgumentNullCheck,
  getValidStdio, stdioStringToArray, getValidatedPath,
} = require('internal/child_process/options');
const { ChildProcess } = require('internal/child_process/child');

const { ERR_INVALID_ARG_TYPE } = codes;
const ERR_CHILD_PROCESS_STDIO_MAXBUFFER = define('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
const ERR_CHILD_PROCESS_IPC_REQUIRED = define('ERR_CHILD_PROCESS_IPC_REQUIRED',
  "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);

const binding = internalBinding('child_process');
const MAX_BUFFER = 1024 * 1024;

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function genericNodeError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);

  if (options.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (timeoutId) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timeoutId = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }

  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => {
      try {
        if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: signal.reason }));
      } catch (err) {
        child.emit('error', err);
      }
    };
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === 'function') callback = options;
  else if (options != null) validateObject(options, 'options');
  if (options == null) options = {};
  if (callback != null) validateFunction(callback, 'callback');
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  return { file, args, options, callback };
}

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    encoding: 'utf8', timeout: 0, maxBuffer: MAX_BUFFER, killSignal: 'SIGTERM', cwd: null, env: null, shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });

  const encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ? options.encoding : null;
  const out = { stdout: [], stderr: [] };
  const lengths = { stdout: 0, stderr: 0 };
  let killed = false;
  let exited = false;
  let timeoutId;
  let ex = null;
  let cmd = file;

  function joined(name) {
    const stream = child[name];
    return encoding || (stream && stream.readableEncoding) ? out[name].join('') : Buffer.concat(out[name]);
  }

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    const stdout = joined('stdout');
    const stderr = joined('stderr');
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args?.length) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      ex = genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? nameOf(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(() => {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  for (const name of ['stdout', 'stderr']) {
    const stream = child[name];
    if (!stream) continue;
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      if (options.maxBuffer === Infinity) {
        out[name].push(chunk);
        return;
      }
      const enc = stream.readableEncoding;
      const length = enc ? Buffer.byteLength(chunk, enc) : chunk.length;
      lengths[name] += length;
      if (lengths[name] > options.maxBuffer) {
        const truncatedLen = options.maxBuffer - (lengths[name] - length);
        out[name].push(chunk.slice(0, truncatedLen));
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        out[name].push(chunk);
      }
    });
  }

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  validateArgumentNullCheck(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return module.exports.execFile(opts.file, opts.options, opts.callback);
}

// util.promisify(exec) resolves { stdout, stderr }; the rejection carries them too.
const customPromiseExecFunction = (orig) => (...args) => {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.child = orig(...args, (err, stdout, stderr) => {
    if (err !== null) {
      err.stdout = stdout;
      err.stderr = stderr;
      reject(err);
    } else {
      resolve({ stdout, stderr });
    }
  });
  return promise;
};

Object.defineProperty(exec, customPromisifySymbol, { enumerable: false, value: customPromiseExecFunction(exec) });
Object.defineProperty(execFile, customPromisifySymbol, { enumerable: false, value: customPromiseExecFunction(execFile) });

function spawnSync(file, args, options) {
  options = { maxBuffer: MAX_BUFFER, ...normalizeSpawnArguments(file, args, options) };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  options.stdio = getValidStdio(options.stdio || 'pipe', true).stdio;
  if (options.input) options.stdio[0] = { ...options.stdio[0], input: options.input };

  let input = null;
  for (let i = 0; i < options.stdio.length; i++) {
    const value = options.stdio[i] && options.stdio[i].input;
    if (value == null) continue;
    let bytes;
    if (isArrayBufferView(value)) bytes = value;
    else if (typeof value === 'string') bytes = Buffer.from(value, options.encoding);
    else throw new ERR_INVALID_ARG_TYPE(`options.stdio[${i}]`, ['Buffer', 'TypedArray', 'DataView', 'string'], value);
    if (i === 0) input = bytes;
  }

  const killSignal = options.killSignal ?? 15;
  const maxBuffer = options.maxBuffer == null ? MAX_BUFFER : options.maxBuffer;
  const r = binding.spawnSync(options, input, options.timeout || 0, killSignal, maxBuffer);
  const result = {};
  const error = r.error();
  if (error != null) result.error = Number(error);
  const ran = r.ran();
  result.status = ran ? r.status() ?? null : null;
  result.signal = ran ? r.signal() ?? null : null;
  result.output = ran ? [null, toBuffer(r.output(1)), toBuffer(r.output(2))] : null;
  result.pid = r.pid();
  if (result.output && options.encoding && options.encoding !== 'buffer') {
    for (let i = 0; i < result.output.length; i++) {
      if (result.output[i]) result.output[i] = result.output[i].toString(options.encoding);
    }
  }
  result.stdout = result.output && result.output[1];
  result.stderr = result.output && result.output[2];
  if (result.error) {
    result.error = errnoException(result.error, `spawnSync ${options.file}`);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
  }
  return result;
}

function toBuffer(source) {
  return source == null ? null : Buffer.from(new ArrayBuffer(source));
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = genericNodeError(msg, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [options.argv0 || file, ...args]);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

function fork(modulePath, args = [], options) {
  modulePath = getValidatedPath(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  validateArgumentNullCheck(options.execPath, 'options.execPath');
  const execArgv = options.execArgv || process.execArgv;
  args = [...execArgv, modulePath, ...args];
  if (typeof options.stdio === 'string') {
    options.stdio = [...getStdioShortcut(options.stdio), 'ipc'];
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = [...getStdioShortcut(options.silent ? 'pipe' : 'inherit'), 'ipc'];
  } else if (!options.stdio.includes('ipc')) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return require('internal/child_process/ipc').spawnWithChannel(spawn, options.execPath, args, options);
}

function getStdioShortcut(stdio) {
  return stdioStringToArray(stdio);
}

function _forkChild() {
  require('internal/child_process/ipc').setupChild();
}

module.exports = {
  _forkChild,
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
