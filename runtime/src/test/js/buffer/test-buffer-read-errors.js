'use strict';
const b = Buffer.alloc(4);
const tries = [() => b.readUInt8(4), () => b.readUInt16LE(3), () => b.readInt32BE(1.5), () => b.readUInt32LE('0'),
  () => b.readIntLE(0, 7), () => b.readUIntBE(0), () => b.readDoubleLE(0), () => Buffer.alloc(0).readInt8(0), () => b.readInt8(-1), () => b.readBigInt64LE(0)];
for (const f of tries) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
