// SPDX-License-Identifier: Apache-2.0
'use strict';
// Starts the program the command line named: a file (CommonJS or ES module), -e/-p code, or the REPL.

const modules = internalBinding('modules');
const cjs = require('internal/modules/cjs');
const esm = require('internal/modules/esm');
const { fatalException } = require('internal/process/execution');

function runMain(mode, arg, inputType) {
  esm.install();
  // After the program's first run (and the nextTicks it queued), the loop proper begins.
  process.nextTick(() => process.nextTick(require('internal/timers').endMainPhase));
  switch (mode) {
    case 'FILE':
      if (modules.isEsm(arg)) runModule(() => { require('internal/timers').refreshClock(); return modules.evalModuleFile(arg); });
      else cjs.runMain(arg);
      break;
    case 'EVAL':
    case 'PRINT':
      evalCode(arg, mode === 'PRINT', inputType);
      break;
    case 'REPL':
      require('internal/repl').start();
      break;
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}

function runModule(evaluate) {
  const result = evaluate();
  // With top-level await the evaluation is a promise; its rejection is the program's failure.
  if (result && typeof result.then === 'function') result.then(undefined, (e) => fatalException(e));
}

function evalCode(code, print, inputType) {
  if (inputType === 'module') {
    runModule(() => modules.evalModuleSource(code, '[eval1]'));
    return;
  }
  // As in node, -e code runs as a script in the global scope with require & co. as globals.
  const module = new cjs.Module('[eval]', null);
  module.filename = `${process.cwd()}/[eval]`;
  module.paths = cjs.Module._nodeModulePaths(process.cwd());
  const require = cjs.makeRequire(module);
  const def = (k, v) => Object.defineProperty(globalThis, k, { value: v, writable: true, configurable: true });
  def('module', module);
  def('exports', module.exports);
  def('require', require);
  def('__filename', '[eval]');
  def('__dirname', '.');
  const result = modules.evalScript(code, '[eval]');
  if (print) console.log(result);
}

module.exports = { runMain };
