'use strict';
const { timingSafeEqual } = require('crypto');
console.log(timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
console.log(timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])), timingSafeEqual(new ArrayBuffer(2), Buffer.alloc(2)));
for (const f of [() => timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)), () => timingSafeEqual('a', Buffer.alloc(1))]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
