'use strict';
const b = Buffer.from([0xff, 0x80, 0x01, 0x7f, 0xfe, 0x00, 0x12, 0x34]);
console.log(b.readUInt8(0), b.readInt8(0), b.readUInt16LE(0), b.readUInt16BE(0), b.readInt16LE(0), b.readInt16BE(1));
console.log(b.readUInt32LE(0), b.readUInt32BE(0), b.readInt32LE(2), b.readInt32BE(4), b.readUint16LE(6));
for (let n = 1; n <= 6; n++) console.log(n, b.readUIntLE(1, n), b.readUIntBE(1, n), b.readIntLE(1, n), b.readIntBE(1, n));
