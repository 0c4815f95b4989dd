'use strict';
const enc = new TextEncoder();
console.log(enc.encoding, enc.encode('héllo €😀'), enc.encode(), enc.encode('\ud800x'));
for (const n of [0, 1, 2, 3, 4, 5]) {
  const dest = new Uint8Array(n);
  console.log(n, enc.encodeInto('a€😀', dest), dest);
}
try { enc.encodeInto('a', []); } catch (e) { console.log(e.code, e.message); }
console.log(enc);
