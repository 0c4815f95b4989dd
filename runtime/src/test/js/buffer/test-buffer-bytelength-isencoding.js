'use strict';
for (const [s, e] of [['héllo', undefined], ['héllo', 'latin1'], ['aGVsbG8=', 'base64'], ['aGVsbG8', 'base64url'], ['abcd', 'hex'], ['ab', 'ucs2'], ['😀', 'utf8'], ['x', 'nope']]) {
  console.log(s, e, Buffer.byteLength(s, e));
}
console.log(Buffer.byteLength(new ArrayBuffer(7)), Buffer.byteLength(new Uint16Array(3)));
try { Buffer.byteLength(5); } catch (e) { console.log(e.code, e.message); }
console.log(['utf8', 'UTF-8', 'Hex', 'binary', 'ucs-2', 'latin-1', '', 'base64url', 1].map((e) => Buffer.isEncoding(e)));
