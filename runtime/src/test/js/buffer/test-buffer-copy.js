'use strict';
const src = Buffer.from('abcdef');
const dst = Buffer.alloc(4, '.');
console.log(src.copy(dst), dst.toString());
console.log(src.copy(dst, 1, 4), dst.toString());
console.log(src.copy(dst, 10), src.copy(dst, 0, 6));
const self = Buffer.from('abcdef');
self.copy(self, 2, 0, 4);
console.log(self.toString());
try { src.copy(dst, -1); } catch (e) { console.log(e.code, e.message); }
try { src.copy('x'); } catch (e) { console.log(e.code, e.message); }
