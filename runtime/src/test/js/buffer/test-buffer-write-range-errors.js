'use strict';
const b = Buffer.alloc(8);
const tries = [() => b.writeUInt8(256), () => b.writeInt8(-129), () => b.writeUInt16LE(-1), () => b.writeInt16BE(40000),
  () => b.writeUInt32LE(2 ** 32), () => b.writeInt32LE(2 ** 31), () => b.writeUIntLE(2 ** 48, 0, 6), () => b.writeIntBE(2 ** 40, 0, 5),
  () => b.writeUInt16LE(1, 7), () => b.writeUIntLE(1, 0, 0), () => b.writeUInt8(1, 'x')];
for (const f of tries) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
