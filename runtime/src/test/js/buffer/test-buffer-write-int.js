'use strict';
const b = Buffer.alloc(8);
console.log(b.writeUInt8(255, 0), b.writeInt8(-2, 1), b.writeUInt16BE(0x1234, 2), b.writeInt16LE(-2, 4), b);
console.log(b.writeUInt32LE(0xdeadbeef, 0), b.writeInt32BE(-5, 4), b);
for (let n = 1; n <= 6; n++) {
  const c = Buffer.alloc(6);
  c.writeUIntBE(2 ** (8 * n) - 2, 0, n);
  const d = Buffer.alloc(6);
  d.writeIntLE(-(2 ** (8 * n - 1)), 0, n);
  console.log(n, c, d);
}
