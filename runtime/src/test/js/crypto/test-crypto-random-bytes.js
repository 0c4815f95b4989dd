'use strict';
const crypto = require('crypto');
const a = crypto.randomBytes(16);
console.log(Buffer.isBuffer(a), a.length, crypto.randomBytes(0).length, a.equals(crypto.randomBytes(16)));
crypto.randomBytes(8, (err, buf) => console.log('async', err, buf.length));
for (const bad of [-1, '1', 2 ** 31]) {
  try { crypto.randomBytes(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { crypto.randomBytes(1, 'cb'); } catch (e) { console.log(e.code, e.message); }
