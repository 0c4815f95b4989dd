'use strict';
const b = Buffer.alloc(8);
b.writeBigUInt64BE(0x0102030405060708n);
console.log(b, b.readBigUInt64LE(), b.readBigInt64BE());
b.writeBigInt64LE(-2n);
console.log(b, b.readBigInt64LE(), b.readBigUint64LE());
for (const f of [() => b.writeBigUInt64LE(-1n), () => b.writeBigInt64BE(2n ** 63n), () => b.writeBigUInt64BE(2n ** 64n), () => b.readBigInt64LE(1)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
