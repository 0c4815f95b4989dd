'use strict';
const b = Buffer.from('abcdef');
console.log(b.slice(1, 3).toString(), b.slice(-2).toString(), b.slice(4, 2).length, b.subarray(2).toString());
const s = b.subarray(1, 4);
s[0] = 0x42;
console.log(b.toString(), s instanceof Buffer, Buffer.isBuffer(s), s.byteOffset - b.byteOffset);
console.log(b.slice('1', '3').toString(), b.slice(1.9).toString(), b.slice(NaN, 2).toString());
console.log(b.map((x) => x + 1) instanceof Buffer, typeof b.parent, b.offset === b.byteOffset);
