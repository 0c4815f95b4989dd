'use strict';
const b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(Buffer.from(b).swap16(), Buffer.from(b).swap32(), Buffer.from(b).swap64());
for (const fn of ['swap16', 'swap32', 'swap64']) {
  try { Buffer.alloc(3)[fn](); } catch (e) { console.log(e.name, e.code, e.message); }
}
