// SPDX-License-Identifier: Apache-2.0
'use strict';
// os: facts about the machine, read by internalBinding('os') from /proc, /sys and java.net.

const { define } = require('internal/errors');
const { validateInt32 } = require('internal/buffer/validate');
const consts = require('internal/os/constants');

const binding = internalBinding('os');
const ERR_SYSTEM_ERROR = define('ERR_SYSTEM_ERROR', 'A system error occurred', Error);

const constants = {
  UV_UDP_REUSEADDR: consts.UV_UDP_REUSEADDR,
  dlopen: { ...consts.dlopen },
  errno: { ...consts.errno },
  signals: { ...consts.signals },
  priority: { ...consts.priority },
};

// The JVM's os.arch names mapped to Node's process.arch names.
const archNames = { amd64: 'x64', x86_64: 'x64', aarch64: 'arm64', arm: 'arm', arm32: 'arm', armv7l: 'arm', x86: 'ia32', i386: 'ia32', riscv64: 'riscv64', ppc64le: 'ppc64', s390x: 's390x' };
const machineNames = { x64: 'x86_64', arm64: 'aarch64', arm: 'armv7l', ia32: 'i686' };

function arch() {
  const a = binding.javaArch();
  return archNames[a] || a;
}

function machine() {
  const a = arch();
  return machineNames[a] || binding.javaArch();
}

function wrapToPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

const hostname = wrapToPrimitive(function hostname() { return binding.hostname(); });
const homedir = wrapToPrimitive(function homedir() {
  const env = process.env;
  try {
    if (env && env.HOME) return env.HOME;
  } catch {
    // --allow-env not granted: fall back to the password database
  }
  return JSON.parse(binding.userInfo()).homedir;
});
const release = wrapToPrimitive(function release() { return binding.release(); });
const type = wrapToPrimitive(function type() { return 'Linux'; });
const version = wrapToPrimitive(function version() { return binding.version(); });
const uptime = wrapToPrimitive(function uptime() { return binding.uptime(); });
const totalmem = wrapToPrimitive(function totalmem() { return JSON.parse(binding.meminfo())[0]; });
const freemem = wrapToPrimitive(function freemem() { return JSON.parse(binding.meminfo())[1]; });
const machineFn = wrapToPrimitive(machine);
const endianness = wrapToPrimitive(function endianness() {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';
});

function tmpdir() {
  let path;
  try {
    const env = process.env;
    path = env.TMPDIR || env.TMP || env.TEMP;
  } catch {
    path = undefined;
  }
  path = path || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function cpus() {
  return JSON.parse(binding.cpus());
}

function loadavg() {
  return JSON.parse(binding.loadavg());
}

function networkInterfaces() {
  return JSON.parse(binding.networkInterfaces());
}

function availableParallelism() {
  return binding.availableParallelism();
}

function userInfo(options = undefined) {
  const info = JSON.parse(binding.userInfo());
  if (options && options.encoding === 'buffer') {
    const { Buffer } = require('buffer');
    for (const k of ['username', 'homedir', 'shell']) if (info[k] !== null) info[k] = Buffer.from(info[k]);
  }
  return info;
}

function getPriority(pid = 0) {
  validateInt32(pid, 'pid');
  return 0; // the JVM cannot read another process's nice value without native code
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const err = new ERR_SYSTEM_ERROR();
  err.message = 'A system error occurred: uv_os_setpriority returned ENOSYS (function not implemented)';
  err.code = 'ERR_SYSTEM_ERROR';
  err.info = { errno: -38, code: 'ENOSYS', message: 'function not implemented', syscall: 'uv_os_setpriority' };
  throw err;
}

module.exports = {
  arch, availableParallelism, cpus, endianness, freemem, getPriority, homedir, hostname, loadavg,
  networkInterfaces, platform: () => 'linux', release, setPriority, tmpdir, totalmem, type, userInfo,
  uptime, version, machine: machineFn, constants, EOL: '\n', devNull: '/dev/null',
};
