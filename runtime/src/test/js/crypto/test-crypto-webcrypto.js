'use strict';
const crypto = require('crypto');
const a = crypto.getRandomValues(new Uint32Array(4));
console.log(a instanceof Uint32Array, a.length, globalThis.crypto.getRandomValues(new Uint8Array(0)).length);
console.log(typeof globalThis.crypto.randomUUID(), globalThis.crypto === crypto.webcrypto, Object.prototype.toString.call(globalThis.crypto));
for (const f of [() => crypto.getRandomValues(new Float32Array(2)), () => crypto.getRandomValues(new Uint8Array(65537)),
  () => { const { getRandomValues } = globalThis.crypto; getRandomValues(new Uint8Array(1)); }]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
