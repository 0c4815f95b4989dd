// SPDX-License-Identifier: Apache-2.0
'use strict';
// Installs the web-platform globals Node has: Buffer, URL, URLSearchParams, TextEncoder/Decoder,
// atob/btoa, structuredClone, AbortController/AbortSignal, DOMException, Blob, performance, crypto.

// Node makes the functions and objects it defines itself (atob, performance, ...) enumerable and
// the classes not; `enumerable` follows that.
function install(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}

function installLazy(name, load, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable,
    get() {
      const value = load();
      install(name, value, enumerable);
      return value;
    },
    set(value) {
      install(name, value, enumerable);
    },
  });
}

// Everything is installed lazily: the first use of a global loads its module. Loading them all
// eagerly cost about 0.4 s of startup on GraalJS (measured with `bramble -e 1`).
const lazyBuffer = () => require('buffer');
installLazy('Buffer', () => lazyBuffer().Buffer);
installLazy('atob', () => lazyBuffer().atob, true);
installLazy('btoa', () => lazyBuffer().btoa, true);
installLazy('Blob', () => lazyBuffer().Blob);

installLazy('TextEncoder', () => require('internal/encoding').TextEncoder);
installLazy('TextDecoder', () => require('internal/encoding').TextDecoder);

if (typeof globalThis.DOMException !== 'function') {
  installLazy('DOMException', () => require('internal/web/dom_exception').DOMException);
}

installLazy('AbortController', () => require('internal/web/abort_controller').AbortController);
installLazy('AbortSignal', () => require('internal/web/abort_controller').AbortSignal);
installLazy('structuredClone', () => require('internal/web/structured_clone').structuredClone, true);

installLazy('URL', () => require('internal/url/url').URL);
installLazy('URLSearchParams', () => require('internal/url/url').URLSearchParams);
installLazy('performance', () => require('internal/web/performance').performance, true);
installLazy('crypto', () => require('crypto').webcrypto, true);
installLazy('Crypto', () => require('crypto').Crypto);
