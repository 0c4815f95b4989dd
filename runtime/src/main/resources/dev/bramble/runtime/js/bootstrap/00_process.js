// SPDX-License-Identifier: Apache-2.0
'use strict';
// Gives the process object its API and installs it (and `global`) as globals.

const EventEmitter = require('events');
const binding = internalBinding('process');
const stdio = internalBinding('stdio');
const taskQueues = require('internal/process/task_queues');
const execution = require('internal/process/execution');

// process is an EventEmitter whose constructor is named "process", as in Node.
function processCtor() {}
Object.defineProperty(processCtor, 'name', { value: 'process' });
processCtor.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: processCtor, writable: true, configurable: true },
});
Object.setPrototypeOf(process, processCtor.prototype);
EventEmitter.call(process);

const [brambleVersion, graalVersion, javaVersion, nettyVersion] = binding.versions();
const define = (name, value) => Object.defineProperty(process, name,
  { value, writable: true, configurable: true, enumerable: true });

define('title', 'bramble');
define('version', 'v20.20.2');
define('versions', Object.freeze({
  node: '20.20.2', bramble: brambleVersion, graaljs: graalVersion, java: javaVersion, netty: nettyVersion,
}));
define('arch', binding.arch());
define('platform', binding.platform());
define('release', { name: 'node', lts: 'Iron', sourceUrl: '', headersUrl: '' });
define('argv', Array.from(binding.argv()));
define('execArgv', Array.from(binding.execArgv()));
define('execPath', binding.execPath());
define('argv0', 'bramble');
define('pid', binding.pid());
define('ppid', binding.ppid());
define('exitCode', undefined);
define('_exiting', false);
define('features', { inspector: false, debug: false, uv: false, ipv6: true, tls_alpn: true, tls_sni: true, tls_ocsp: false, tls: true, cached_builtins: true });
define('config', { variables: {} });
define('env', makeEnv());

define('nextTick', taskQueues.nextTick);
define('cwd', () => binding.cwd());
define('chdir', (dir) => {
  if (typeof dir !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('directory', 'string', dir);
  }
  binding.chdir(dir);
});
define('uptime', () => binding.uptime());
define('umask', () => 0o22);
define('getuid', () => binding.uid());
define('geteuid', () => binding.uid());
define('getgid', () => binding.gid());
define('getegid', () => binding.gid());
define('cpuUsage', (prev) => {
  const [user, system] = binding.cpuUsage();
  return prev ? { user: user - prev.user, system: system - prev.system } : { user, system };
});
define('memoryUsage', Object.assign(() => {
  const [rss, heapTotal, heapUsed, external, arrayBuffers] = binding.memoryUsage();
  return { rss, heapTotal, heapUsed, external, arrayBuffers };
}, { rss: () => binding.rss() }));
define('resourceUsage', () => {
  const { user, system } = process.cpuUsage();
  return { userCPUTime: user, systemCPUTime: system, maxRSS: Math.round(binding.rss() / 1024) };
});

function hrtime(prev) {
  const ns = binding.hrtime();
  let sec = Math.floor(ns / 1e9);
  let nsec = ns - sec * 1e9;
  if (prev !== undefined) {
    if (!Array.isArray(prev)) {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('time', 'Array', prev);
    }
    sec -= prev[0];
    nsec -= prev[1];
    if (nsec < 0) {
      sec -= 1;
      nsec += 1e9;
    }
  }
  return [sec, nsec];
}
hrtime.bigint = () => BigInt(binding.hrtime());
define('hrtime', hrtime);

define('exit', (code) => {
  if (code !== undefined) process.exitCode = code;
  const final = execution.emitExit(process.exitCode === undefined ? 0 : Number(process.exitCode) | 0);
  binding.reallyExit(Number(final) | 0);
});
define('reallyExit', (code) => binding.reallyExit(code | 0));
define('abort', () => binding.reallyExit(134));
// Any signal by name or number, through kill(2) (see child_process/Signals.java), as Node does.
define('kill', (pid, sig) => {
  // eslint-disable-next-line eqeqeq
  if (pid != (pid | 0)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  }
  const { signals } = require('internal/os/constants');
  let signum;
  if (sig === (sig | 0)) {
    signum = sig;
  } else {
    sig = sig || 'SIGTERM';
    signum = signals[sig];
    if (!signum) {
      const { codes: { ERR_UNKNOWN_SIGNAL } } = require('internal/errors');
      throw new ERR_UNKNOWN_SIGNAL(sig);
    }
  }
  const err = internalBinding('child_process').kill(pid, signum);
  if (err) throw require('internal/uv_errors').errnoException(err, 'kill');
  return true;
});
define('emitWarning', (warning, type, code) => {
  if (typeof type === 'object' && type !== null) ({ type, code } = type);
  if (typeof warning === 'string') {
    warning = new Error(warning);
    warning.name = type || 'Warning';
    if (code !== undefined) warning.code = code;
  }
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  process.nextTick(() => process.emit('warning', warning));
});
define('binding', (name) => {
  throw new Error(`No such module: ${name}`);
});
define('setUncaughtExceptionCaptureCallback', () => {});
define('hasUncaughtExceptionCaptureCallback', () => false);

const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGUSR1: 10, SIGUSR2: 12, SIGTERM: 15, SIGWINCH: 28 };

// A listener for a signal takes it over from the default action (exit), as in Node.
const watched = new Set();
process.on('newListener', (event) => {
  if (typeof event === 'string' && SIGNALS[event] !== undefined && !watched.has(event)) {
    watched.add(event);
    binding.watchSignal(event, (name) => process.emit(name, name));
  }
});

// Uncaught warnings are printed the way Node prints them.
process.on('warning', (w) => {
  if (process.listenerCount('warning') > 1) return;
  const code = w.code ? `[${w.code}] ` : '';
  stdio.write(2, `(bramble:${process.pid}) ${code}${w.name}: ${w.message}\n`);
});

function makeEnv() {
  // Every read and write goes through --allow-env; enumeration shows only what is granted.
  return new Proxy({}, {
    get(_, key) {
      if (typeof key !== 'string') return undefined;
      const v = binding.getEnv(key);
      return v == null ? undefined : v;
    },
    set(_, key, value) {
      binding.setEnv(String(key), String(value));
      return true;
    },
    has(_, key) {
      return typeof key === 'string' && binding.hasEnv(key);
    },
    deleteProperty(_, key) {
      binding.deleteEnv(String(key));
      return true;
    },
    ownKeys() {
      return Array.from(binding.envKeys());
    },
    getOwnPropertyDescriptor(_, key) {
      if (typeof key !== 'string') return undefined;
      const v = binding.getEnv(key);
      return v == null ? undefined : { value: v, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(_, key, desc) {
      binding.setEnv(String(key), String(desc.value));
      return true;
    },
  });
}

// stdout/stderr/stdin: streams made on first use (see internal/process/stdio).
const stdioStreams = require('internal/process/stdio');
Object.defineProperty(process, 'stdout', { configurable: true, enumerable: true, get: () => stdioStreams.get(1) });
Object.defineProperty(process, 'stderr', { configurable: true, enumerable: true, get: () => stdioStreams.get(2) });
let stdin;
Object.defineProperty(process, 'stdin', {
  configurable: true,
  enumerable: true,
  get: () => (stdin ??= require('internal/process/stdin').create()),
});

binding.setup({
  processTicksAndRejections: taskQueues.processTicksAndRejections,
  callbackTrampoline: taskQueues.callbackTrampoline,
  fatalException: (err) => execution.fatalException(err, false),
  emitBeforeExit: execution.emitBeforeExit,
  emitExit: () => execution.emitExit(),
});

// GraalJS reports unhandled rejections to this handler after each microtask checkpoint.
globalThis.Graal.setUnhandledPromiseRejectionHandler(taskQueues.onUnhandledRejection);

const def = (name, value) => Object.defineProperty(globalThis, name,
  { value, writable: true, configurable: true, enumerable: false });
def('process', process);
def('global', globalThis);
