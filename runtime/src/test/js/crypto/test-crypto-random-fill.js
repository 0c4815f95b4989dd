'use strict';
const crypto = require('crypto');
const buf = Buffer.alloc(8);
console.log(crypto.randomFillSync(buf, 6) === buf, buf.subarray(0, 6).every((b) => b === 0));
const u32 = crypto.randomFillSync(new Uint32Array(4), 1, 2);
console.log(u32[0] === 0 && u32[3] === 0);
crypto.randomFill(new Uint8Array(4), (err, out) => console.log('async', err, out.length));
for (const f of [() => crypto.randomFillSync(Buffer.alloc(2), 3), () => crypto.randomFillSync(Buffer.alloc(2), 0, 3), () => crypto.randomFillSync('x')]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
