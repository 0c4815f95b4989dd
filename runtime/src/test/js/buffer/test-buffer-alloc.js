'use strict';
console.log(Buffer.alloc(5), Buffer.alloc(5, 1), Buffer.alloc(5, 'ab'), Buffer.alloc(6, 'aGk=', 'base64'));
console.log(Buffer.alloc(0), Buffer.allocUnsafe(3).length, Buffer.allocUnsafeSlow(4).length);
for (const bad of [-1, 'x', NaN, 2 ** 33]) {
  try { Buffer.alloc(bad); } catch (e) { console.log(e.code, e.message); }
}
try { Buffer.alloc(3, ''); console.log('empty fill ok', Buffer.alloc(3, '')); } catch (e) { console.log(e.code); }
try { Buffer.alloc(3, 'zz', 'hex'); } catch (e) { console.log(e.code, e.message); }
