'use strict';
const crypto = require('crypto');
const h = crypto.createHash('sha256').update('ab');
const c = h.copy();
console.log(h.update('c').digest('hex') === crypto.createHash('sha256').update('abc').digest('hex'), c.digest('hex'));
for (const f of [() => h.digest(), () => h.update('x'), () => h.copy(), () => crypto.createHash('nope'), () => crypto.createHash(),
  () => crypto.createHash('md5').update(5)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
