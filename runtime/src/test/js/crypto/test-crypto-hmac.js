'use strict';
const crypto = require('crypto');
for (const alg of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256']) {
  console.log(alg, crypto.createHmac(alg, 'key').update('The quick brown fox').digest('hex'));
}
console.log(crypto.createHmac('sha256', '').update('x').digest('hex'), crypto.createHmac('sha256', Buffer.alloc(200, 1)).update('x').digest('base64'));
const h = crypto.createHmac('sha1', 'k');
console.log(h.digest('hex'), JSON.stringify(h.digest('hex')));
for (const f of [() => crypto.createHmac('nope', 'k'), () => crypto.createHmac('sha1', 5), () => h.update('x')]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
