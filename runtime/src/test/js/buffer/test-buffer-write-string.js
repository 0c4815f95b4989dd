'use strict';
const b = Buffer.alloc(6, '.');
console.log(b.write('héllo'), b.toString());
console.log(b.write('€€', 1), b);
console.log(b.write('ff00', 2, 'hex'), b.write('abcdef', 4, 1), b.write('zz', 'latin1'), b);
console.log(Buffer.alloc(3).write('😀'), Buffer.alloc(4).write('😀'), Buffer.alloc(5).write('ab', 0, 'ucs2'));
for (const f of [() => b.write(5), () => b.write('x', 7), () => b.write('x', 0, 10, 'nope'), () => b.write('x', -1)]) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
