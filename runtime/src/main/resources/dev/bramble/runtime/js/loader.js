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
  // What has been loaded so far, in Node's words ('NativeModule events', 'Internal Binding timers'):
  // process.moduleLoadList, which shows what a start costs (core modules load on first require).
  const moduleLoadList = [];
  const bindingsLoaded = new Set();
  Object.defineProperty(process, 'moduleLoadList', {
    value: moduleLoadList, writable: false, enumerable: true, configurable: true,
  });

  function internalBinding(name) {
    if (!bindingsLoaded.has(name)) {
      bindingsLoaded.add(name);
      moduleLoadList.push(`Internal Binding ${name}`);
    }
    return modules.internalBinding(name);
  }

  function load(id, path) {
    const source = modules.internalSource(path);
    if (source == null) return null;
    const module = { exports: {}, id, loaded: false };
    cache.set(id, module);
    moduleLoadList.push(`NativeModule ${id}`);
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
    if (id.startsWith('vendor/')) return requireVendor(id);
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

  // Vendored npm packages ('vendor/<package>/<file>', WebJars on the classpath): readable-stream is
  // Node's own stream code as an npm package. A vendored file's relative requires stay inside its
  // package; its bare ones are core modules, except the polyfill packages it names for browsers,
  // which Bramble has built in (VENDOR_ALIASES). A file in VENDOR_OVERRIDES is replaced by a core
  // module, so that streams throw core's errors and format with core's inspect.
  const VENDOR_ALIASES = {
    'process/': 'process', 'string_decoder/': 'string_decoder', 'abort-controller': 'internal/web/abort_controller',
  };
  const VENDOR_OVERRIDES = {
    'vendor/readable-stream/lib/ours/errors.js': 'internal/errors',
    'vendor/readable-stream/lib/ours/util/inspect.js': 'util',
  };

  function normalize(path) {
    const out = [];
    for (const part of path.split('/')) {
      if (part === '..') out.pop();
      else if (part !== '.' && part !== '') out.push(part);
    }
    return out.join('/');
  }

  // What each request resolved to ('vendor/...' or an override's core id): readable-stream requires
  // some files lazily on hot paths ('./duplex' from inside a write), and trying the candidates again
  // would cost a failed class-path lookup each time.
  const vendorResolved = new Map();

  function requireVendor(request) {
    const resolved = vendorResolved.get(request);
    if (resolved !== undefined) {
      if (!resolved.startsWith('vendor/')) return requireInternal(resolved);
      const known = cache.get(resolved);
      if (known) return known.exports;
    }
    const [, pkg, ...rest] = request.split('/');
    const file = rest.join('/');
    for (const candidate of [file, `${file}.js`, `${file}/index.js`]) {
      const id = `vendor/${pkg}/${candidate}`;
      if (VENDOR_OVERRIDES[id]) {
        vendorResolved.set(request, VENDOR_OVERRIDES[id]);
        return requireInternal(VENDOR_OVERRIDES[id]);
      }
      if (cache.has(id)) {
        vendorResolved.set(request, id);
        return cache.get(id).exports;
      }
      const source = modules.vendorSource(pkg, candidate);
      if (source == null) continue;
      vendorResolved.set(request, id);
      const module = { exports: {}, id, loaded: false };
      cache.set(id, module);
      moduleLoadList.push(`NativeModule ${id}`);
      const dir = id.slice(0, id.lastIndexOf('/'));
      const paths = new Map(); // relative request -> its normalized id (normalize() once per request)
      const require = (req) => {
        if (!req.startsWith('./') && !req.startsWith('../')) return requireInternal(VENDOR_ALIASES[req] || req);
        let path = paths.get(req);
        if (path === undefined) paths.set(req, path = normalize(`${dir}/${req}`));
        return requireVendor(path);
      };
      // An npm package's own wrapper: it declares `process` itself (require('process/')).
      const fn = modules.compileFunction(source, `node:${id}`, 'exports, require, module');
      try {
        fn.call(module.exports, module.exports, require, module);
      } catch (e) {
        cache.delete(id);
        throw e;
      }
      module.loaded = true;
      return module.exports;
    }
    const err = new Error(`Cannot find module '${request}'`);
    err.code = 'MODULE_NOT_FOUND';
    throw err;
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
    moduleLoadList.push(`NativeModule ${canonical}`);
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
