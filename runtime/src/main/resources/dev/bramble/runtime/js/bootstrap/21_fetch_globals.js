// SPDX-License-Identifier: Apache-2.0
'use strict';
// The web streams and fetch globals Node 20 has (ReadableStream and friends, TextEncoderStream,
// fetch, Headers, Request, Response, FormData, File), each loaded on first use.

function installLazy(name, load, enumerable = false) {
  if (Object.prototype.hasOwnProperty.call(globalThis, name)) return;
  const set = (value) => Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable,
    get() {
      const value = load();
      set(value);
      return value;
    },
    set,
  });
}

const streams = () => require('internal/webstreams/index');
for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest',
  'ReadableByteStreamController', 'ReadableStreamDefaultController', 'TransformStream', 'TransformStreamDefaultController',
  'WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy',
  'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream']) {
  installLazy(name, () => streams()[name]);
}

const fetchApi = () => require('internal/fetch/index');
installLazy('fetch', () => fetchApi().fetch, true);
for (const name of ['Headers', 'Request', 'Response', 'FormData']) installLazy(name, () => fetchApi()[name]);
installLazy('File', () => require('buffer').File);
