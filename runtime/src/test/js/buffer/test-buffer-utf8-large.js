'use strict';
// Large conversions (which Bramble may hand to Java) must match the small ones.
const piece = 'aé€😀\ud800z';
const big = piece.repeat(5000);
const buf = Buffer.from(big);
console.log(buf.length, Buffer.byteLength(big));
const back = buf.toString();
console.log(back.length, back === piece.replace('\ud800', '\ufffd').repeat(5000));
const bad = Buffer.alloc(20000, Buffer.from('e282', 'hex'));
const s = bad.toString();
console.log(s.length, [...new Set(s)].map((c) => c.codePointAt(0).toString(16)));
