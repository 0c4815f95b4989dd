// SPDX-License-Identifier: Apache-2.0
'use strict';
// `bramble` with no script: read a line, evaluate it in the global scope, print the result with
// util.inspect, as node's REPL does (`_` holds the last result; .exit and Ctrl-D leave).

const repl = internalBinding('repl');
const modules = internalBinding('modules');
const { inspect } = require('internal/util/inspect');

function start() {
  const cjs = require('internal/modules/cjs');
  const module = new cjs.Module('<repl>', null);
  module.filename = `${process.cwd()}/<repl>`;
  module.paths = cjs.Module._nodeModulePaths(process.cwd());
  globalThis.require = cjs.makeRequire(module);
  process.stdout.write(`Welcome to Bramble v${process.versions.bramble} (GraalJS ${process.versions.graaljs}).\n` +
    'Type ".help" for more information.\n');
  let buffer = '';
  let interrupted = false;
  const next = () => repl.read(buffer ? '... ' : '> ', onLine);
  function onLine(line) {
    // Leaving the REPL ends the process, whatever timers or sockets the session left open (as node).
    if (line === null || line.trim() === '.exit') {
      if (line === null) process.stdout.write('\n');
      process.exit();
    }
    if (line === '\u0003') {
      if (buffer || !interrupted) {
        buffer = '';
        interrupted = true;
        process.stdout.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
        next();
        return;
      }
      process.exit();
    }
    interrupted = false;
    if (line.trim() === '.help') {
      process.stdout.write('.exit     Exit the REPL\n.help     Print this help message\n');
      next();
      return;
    }
    buffer += `${line}\n`;
    try {
      const result = modules.evalScript(buffer, 'REPL');
      buffer = '';
      globalThis._ = result;
      process.stdout.write(`${inspect(result, { colors: process.stdout.isTTY })}\n`);
    } catch (e) {
      // An unfinished statement: keep reading lines into the same buffer.
      if (e instanceof SyntaxError && /Expected|Unexpected end|unterminated/i.test(e.message)) {
        next();
        return;
      }
      buffer = '';
      process.stdout.write(`Uncaught ${e instanceof Error ? e.stack.split('\n')[0] : inspect(e)}\n`);
    }
    next();
  }
  next();
}

module.exports = { start };
