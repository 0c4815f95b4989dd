// SPDX-License-Identifier: Apache-2.0
'use strict';
// CommonJS: Module, require, the cache and Node's errors. Resolution itself is Java's
// NodeResolver (shared with ES modules); this file decides what a resolved file becomes.

const modules = internalBinding('modules');
const { requireInternal } = require('internal/bootstrap/loaders');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_REQUIRE_ESM, ERR_UNKNOWN_BUILTIN_MODULE } } =
  require('internal/errors');

const builtinNames = new Set(modules.builtinNames());
const CJS_PARAMS = 'exports, require, module, __filename, __dirname';

function dirname(p) {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function isBuiltin(name) {
  if (name.startsWith('node:')) return builtinNames.has(name.slice(5));
  return builtinNames.has(name);
}

function loadBuiltin(name) {
  const id = name.startsWith('node:') ? name.slice(5) : name;
  try {
    return requireInternal(id);
  } catch (e) {
    if (e.code === 'MODULE_NOT_FOUND' && e.message === `Cannot find module '${id}'`) {
      const err = new ERR_UNKNOWN_BUILTIN_MODULE(name);
      err.message = `Bramble does not implement the core module '${id}' yet`;
      throw err;
    }
    throw e;
  }
}

function nodeModulePaths(from) {
  const paths = [];
  for (let dir = from; ; dir = dirname(dir)) {
    if (!dir.endsWith('/node_modules')) paths.push(`${dir === '/' ? '' : dir}/node_modules`);
    if (dir === '/') break;
  }
  return paths;
}

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    Object.defineProperty(this, 'parent', { value: parent, writable: true, configurable: true, enumerable: false });
    if (parent && parent.children) parent.children.push(this);
  }

  require(id) {
    if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE('id', 'string', id);
    if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
    return Module._load(id, this, false);
  }

  load(filename) {
    this.filename = filename;
    this.paths = nodeModulePaths(dirname(filename));
    const ext = extensionOf(filename);
    (Module._extensions[ext] || Module._extensions['.js'])(this, filename);
    this.loaded = true;
  }

  _compile(content, filename) {
    if (content.startsWith('#!')) content = `//${content.slice(2)}`;
    const fn = modules.compileFunction(content, filename, CJS_PARAMS);
    const require = makeRequire(this);
    if (this.id === '.') requireInternal('internal/timers').refreshClock();
    return fn.call(this.exports, this.exports, require, this, filename, dirname(filename));
  }
}

function extensionOf(filename) {
  const base = filename.slice(filename.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot);
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module.builtinModules = Array.from(builtinNames).filter((n) => !n.includes(':'));
Module.globalPaths = [];
Module._extensions = Object.create(null);
Module._extensions['.js'] = (module, filename) => {
  if (filename.endsWith('.mjs') || (filename.endsWith('.js') && modules.isEsm(filename))) {
    throw new ERR_REQUIRE_ESM(filename);
  }
  module._compile(modules.readSource(filename), filename);
};
Module._extensions['.json'] = (module, filename) => {
  const content = modules.readSource(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};
Module._extensions['.node'] = (module, filename) => {
  const err = new Error(`Cannot load native addon ${filename}: Bramble runs no native add-ons ` +
    '(no node-gyp); use a pure-JS package or a Bramble built-in (gpio, i2c, spi, serial, mqtt)');
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

Module._resolveFilename = function (request, parent, isMain, options) {
  if (isBuiltin(request) && !modules.isNpmFallback(request)) return request;
  const dirs = options && Array.isArray(options.paths) ? options.paths
    : [parent && parent.filename ? dirname(parent.filename) : process.cwd()];
  for (const dir of dirs) {
    const found = modules.resolve(request, dir.startsWith('/') ? dir : `${process.cwd()}/${dir}`, false);
    if (found != null) return found;
  }
  if (modules.isNpmFallback(request)) return request;
  const stack = [];
  for (let m = parent; m && m.filename; m = m.parent) stack.push(m.filename);
  let message = `Cannot find module '${request}'`;
  if (stack.length > 0) message += `\nRequire stack:\n- ${stack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = stack;
  throw err;
};

Module._load = function (request, parent, isMain) {
  if (request.startsWith('node:')) {
    if (!isBuiltin(request)) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    return loadBuiltin(request);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  if (filename === request && (isBuiltin(request) || modules.isNpmFallback(request))) return loadBuiltin(request);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) delete Module._cache[filename];
  }
  return module.exports;
};

function makeRequire(module) {
  function require(id) {
    return module.require(id);
  }
  function resolve(request, options) {
    if (typeof request !== 'string') throw new ERR_INVALID_ARG_TYPE('request', 'string', request);
    return Module._resolveFilename(request, module, false, options);
  }
  resolve.paths = (request) => (isBuiltin(request) ? null : nodeModulePaths(module.path || process.cwd()));
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

function createRequire(filename) {
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') filename = filename.href;
  if (typeof filename !== 'string') throw new ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  if (filename.startsWith('file:')) filename = decodeURIComponent(new URL(filename).pathname);
  const m = new Module(filename, null);
  m.filename = filename;
  m.paths = nodeModulePaths(dirname(filename));
  return makeRequire(m);
}

function runMain(filename) {
  Module._load(filename, null, true);
}

Module.Module = Module;
Module.createRequire = createRequire;
Module.isBuiltin = isBuiltin;
Module._nodeModulePaths = nodeModulePaths;
Module.runMain = runMain;
Module.syncBuiltinESMExports = () => {};

module.exports = { Module, runMain, createRequire, isBuiltin, loadBuiltin, makeRequire };
