// SPDX-License-Identifier: Apache-2.0
// The first script the runtime evaluates. It builds the internal module system (core modules are
// CommonJS files under lib/, each compiled once with the wrapper below), runs the numbered
// bootstrap files, and hands back what Java needs: the error factory and runMain.
(function (modules, processBinding) {
  'use strict';

  const WRAPPER_PARAMS = 'exports, require, module, internalBinding, process';
  const cache = new Map();
  // The process object exists from the start so every core module can close over it;
  // bootstrap/00_process.js gives it its methods.
  const process = {};

  function internalBinding(name) {
    return modules.internalBinding(name);
  }

  function load(id, path) {
    const source = modules.internalSource(path);
    if (source == null) return null;
    const module = { exports: {}, id, loaded: false };
    cache.set(id, module);
    const fn = modules.compileFunction(source, `node:${id}`, WRAPPER_PARAMS);
    try {
      fn.call(module.exports, module.exports, requireInternal, module, internalBinding, process);
    } catch (e) {
      cache.delete(id);
      throw e;
    }
    module.loaded = true;
    return module;
  }

  function requireInternal(id) {
    if (id.startsWith('node:')) id = id.slice(5);
    const cached = cache.get(id);
    if (cached) return cached.exports;
    const module = load(id, `lib/${id}`) || loadContributed(id);
    if (module == null) {
      const err = new Error(`Cannot find module '${id}'`);
      err.code = 'MODULE_NOT_FOUND';
      throw err;
    }
    return module.exports;
  }

  // A built-in from another Maven module (gpio, mqtt, ...): same wrapper, its own binding.
  function loadContributed(id) {
    const found = modules.contributed(id);
    if (found == null) return null;
    const [canonical, source, resource] = found;
    const existing = cache.get(canonical);
    if (existing) return existing;
    const module = { exports: {}, id: canonical, loaded: false };
    cache.set(canonical, module);
    const fn = modules.compileFunction(source, `bramble:${resource}`, WRAPPER_PARAMS);
    fn.call(module.exports, module.exports, requireInternal, module, internalBinding, process);
    module.loaded = true;
    return module;
  }

  function hasInternal(id) {
    return cache.has(id) || modules.internalSource(`lib/${id}`) != null;
  }

  // What the user-facing loaders need from this one, as an internal module.
  cache.set('internal/bootstrap/loaders', {
    exports: { requireInternal, hasInternal, internalBinding }, id: 'internal/bootstrap/loaders', loaded: true,
  });

  for (const file of modules.bootstrapFiles()) {
    if (cache.has(file)) continue;
    if (load(file, file) == null) throw new Error(`bootstrap file ${file} vanished`);
  }

  const { makeError } = requireInternal('internal/errors');
  const { runMain } = requireInternal('internal/main');
  return { makeError, runMain };
});
