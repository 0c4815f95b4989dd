'use strict';
console.log(Buffer.from([1, 2, 300, -1, 'x', 3.7]));
console.log(Buffer.from(new Uint16Array([1, 256, 513])));
const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
const view = Buffer.from(ab, 2, 3);
console.log(view, view.byteOffset, view.buffer === ab);
console.log(Buffer.from({ type: 'Buffer', data: [9, 8] }), Buffer.from({ length: 2, 0: 7, 1: 6 }));
console.log(Buffer.from(new String('str')), Buffer.from({ [Symbol.toPrimitive]() { return 'prim'; } }));
try { Buffer.from(ab, 9); } catch (e) { console.log(e.code, e.message); }
try { Buffer.from(ab, 0, 9); } catch (e) { console.log(e.code, e.message); }
try { Buffer.from(5); } catch (e) { console.log(e.code, e.message); }
