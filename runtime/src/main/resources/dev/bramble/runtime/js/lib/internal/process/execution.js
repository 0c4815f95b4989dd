// SPDX-License-Identifier: Apache-2.0
'use strict';
// What happens when an exception escapes: uncaughtException handlers, or the stack on stderr
// and exit code 1. And the normal end: beforeExit, then exit.

const binding = internalBinding('process');
const stdio = internalBinding('stdio');

function describe(err) {
  try {
    const { inspect } = require('internal/util/inspect');
    if (err instanceof Error) {
      const extra = inspect(err);
      return extra;
    }
    return `Uncaught ${inspect(err)}`;
  } catch {
    return err instanceof Error && err.stack ? String(err.stack) : String(err);
  }
}

let handling = false;

function fatalException(err, fromPromise = false) {
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  if (!handling) {
    process.emit('uncaughtExceptionMonitor', err, origin);
    if (process.listenerCount('uncaughtException') > 0) {
      handling = true;
      try {
        process.emit('uncaughtException', err, origin);
      } finally {
        handling = false;
      }
      return;
    }
  }
  stdio.write(2, `${describe(err)}\n\nBramble v${process.versions.bramble}\n`);
  const code = 1;
  process.exitCode = code;
  emitExit(code);
  binding.reallyExit(code);
}

function emitBeforeExit() {
  process.emit('beforeExit', process.exitCode ?? 0);
}

function emitExit(code = process.exitCode ?? 0) {
  if (!process._exiting) {
    process._exiting = true;
    process.exitCode = code;
    process.emit('exit', code);
  }
  return process.exitCode ?? code;
}

module.exports = { fatalException, emitBeforeExit, emitExit };
