// SPDX-License-Identifier: Apache-2.0
'use strict';
// The global console: the Console methods bound to a plain object (it prints as
// "Object [console] {...}", as in Node) whose output goes straight to fds 1 and 2 through the
// stdio binding, synchronously, as Node does for files and pipes. When a program replaces
// process.stdout.write (to capture output), the console writes through the stream instead.

const { Console, internalMethods, bindStreams, kDirectWrite } = require('internal/console/constructor');

const stdio = internalBinding('stdio');

const globalConsole = Object.create({});
for (const key of Object.keys(Console.prototype)) {
  globalConsole[key] = Console.prototype[key].bind(globalConsole);
  Object.defineProperty(globalConsole[key], 'name', { value: key });
}
globalConsole.Console = Console;
// The inspector's methods: nothing to profile without an inspector.
for (const name of ['profile', 'profileEnd', 'timeStamp', 'context']) {
  globalConsole[name] = { [name]() {} }[name];
}
globalConsole.createTask = function createTask(name) {
  return { run: (fn) => fn() };
};
for (const key of Object.getOwnPropertySymbols(internalMethods)) {
  Object.defineProperty(globalConsole, key, {
    value: internalMethods[key], writable: true, enumerable: false, configurable: true,
  });
}

const stdioStreams = require('internal/process/stdio');
const stdoutGetter = Object.getOwnPropertyDescriptor(process, 'stdout').get;
const stderrGetter = Object.getOwnPropertyDescriptor(process, 'stderr').get;
// Until the program touches process.stdout/stderr, the console writes to the fd through a plain
// object that knows whether it is a TTY: making the real stream would load the stream module.
const plain = [undefined, undefined, undefined];

function processStream(fd) {
  const name = fd === 1 ? 'stdout' : 'stderr';
  const desc = Object.getOwnPropertyDescriptor(process, name);
  const untouchedGetter = desc !== undefined && desc.get === (fd === 1 ? stdoutGetter : stderrGetter);
  if (untouchedGetter && !stdioStreams.created(fd)) {
    return (plain[fd] ??= { ...stdioStreams.describe(fd), write: (s) => { stdio.write(fd, String(s)); return true; } });
  }
  try {
    return process[name];
  } catch {
    return undefined;
  }
}

bindStreams(globalConsole, () => processStream(1), () => processStream(2), true, 'auto');

function untouched(stream) {
  if (stream == null || typeof stream.write !== 'function') return true;
  const proto = Object.getPrototypeOf(stream);
  return proto !== null && stream.write === proto.write && !Object.prototype.hasOwnProperty.call(stream, 'write');
}

Object.defineProperty(globalConsole, kDirectWrite, {
  value(fd, string) {
    // Fast path while console._stdout is still process.stdout with its own write().
    const stream = fd === 1 ? globalConsole._stdout : globalConsole._stderr;
    if (stream !== processStream(fd) || (stream !== plain[fd] && !untouched(stream))) return false;
    stdio.write(fd, string);
    return true;
  },
  enumerable: false,
});
Object.defineProperty(globalConsole, Symbol.toStringTag, {
  value: 'console', writable: false, enumerable: false, configurable: true,
});

module.exports = globalConsole;
