'use strict';
for (const name of ['Buffer', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'atob', 'btoa', 'structuredClone', 'AbortController', 'AbortSignal', 'performance', 'crypto', 'DOMException', 'Blob']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], d.enumerable, d.configurable);
}
console.log(Buffer === require('buffer').Buffer, URL === require('url').URL, TextDecoder === require('util').TextDecoder);
