// SPDX-License-Identifier: Apache-2.0
'use strict';
// ES modules are loaded by GraalJS through Java's ModuleFileSystem. For a builtin or a CommonJS
// file it asks here for the text of a small wrapper module that re-exports what require() gives.

const modules = internalBinding('modules');
const { Module, loadBuiltin } = require('internal/modules/cjs');
const { codes } = require('internal/errors');

const IDENT = /^[A-Za-z_$][\w$]*$/;
const RESERVED = new Set(['default', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger',
  'delete', 'do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in',
  'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void',
  'while', 'with', 'yield', 'let', 'static', 'implements', 'interface', 'package', 'private', 'protected', 'public']);

const hook = Symbol.for('bramble.esm');

function exportNames(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return [];
  return Object.keys(value).filter((k) => IDENT.test(k) && !RESERVED.has(k));
}

function wrapperSource(kind, name) {
  // A failed resolution (name: JSON [code, ...args]) is a module that throws Node's error.
  if (kind === 'failed') return `throw globalThis[Symbol.for('bramble.esm')].fail(...${name});\n`;
  const value = kind === 'builtin' ? loadBuiltin(name) : Module._load(name, null, false);
  const names = exportNames(value);
  let src = `const m = globalThis[Symbol.for('bramble.esm')].${kind}(${JSON.stringify(name)});\nexport default m;\n`;
  if (names.length > 0) src += `export const { ${names.join(', ')} } = m;\n`;
  return src;
}

function install() {
  Object.defineProperty(globalThis, hook, {
    value: Object.freeze({
      builtin: (name) => loadBuiltin(name),
      cjs: (path) => Module._load(path, null, false),
      fail: (code, ...args) => new codes[code](...args),
    }),
    enumerable: false,
    configurable: false,
    writable: false,
  });
  modules.setEsmWrapperSource(wrapperSource);
}

module.exports = { install };
