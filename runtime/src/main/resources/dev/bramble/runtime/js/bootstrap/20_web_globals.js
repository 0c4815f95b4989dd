// SPDX-License-Identifier: Apache-2.0
'use strict';
// Installs the web-platform globals Node has: Buffer, URL, URLSearchParams, TextEncoder/Decoder,
// atob/btoa, structuredClone, AbortController/AbortSignal, DOMException, Blob, performance, crypto.
// Modules are required lazily where Node does, so startup does not pay for crypto or URL.

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

const buffer = require('buffer');
install('Buffer', buffer.Buffer);
install('atob', buffer.atob, true);
install('btoa', buffer.btoa, true);

const { TextEncoder, TextDecoder } = require('internal/encoding');
install('TextEncoder', TextEncoder);
install('TextDecoder', TextDecoder);

if (typeof globalThis.DOMException !== 'function') install('DOMException', require('internal/web/dom_exception').DOMException);

const { AbortController, AbortSignal } = require('internal/web/abort_controller');
install('AbortController', AbortController);
install('AbortSignal', AbortSignal);

install('structuredClone', require('internal/web/structured_clone').structuredClone, true);

installLazy('URL', () => require('internal/url/url').URL);
installLazy('URLSearchParams', () => require('internal/url/url').URLSearchParams);
installLazy('Blob', () => buffer.Blob);
installLazy('performance', () => require('internal/web/performance').performance, true);
installLazy('crypto', () => require('crypto').webcrypto, true);
installLazy('Crypto', () => require('crypto').Crypto);
