'use strict';
const crypto = require('crypto');
console.log(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 4096, 32, 'sha256').toString('hex'));
console.log(crypto.pbkdf2Sync(Buffer.from([0, 1, 255]), '', 2, 70, 'sha512').toString('base64'));
crypto.pbkdf2('pw', 'salt', 1000, 16, 'sha256', (err, key) => console.log('async', err, key.toString('hex')));
for (const f of [() => crypto.pbkdf2Sync('a', 'b', 1, 10, 'nope'), () => crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha1'), () => crypto.pbkdf2Sync(5, 'b', 1, 10, 'sha1'),
  () => crypto.pbkdf2('a', 'b', 1, 10, 'sha1')]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
