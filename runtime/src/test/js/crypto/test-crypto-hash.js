'use strict';
const crypto = require('crypto');
for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256', 'sha3-256', 'sha3-384', 'sha3-512', 'RSA-SHA256', 'SHA256']) {
  console.log(alg, crypto.createHash(alg).update('abc').digest('hex'));
}
console.log(crypto.createHash('sha256').update('').digest('base64'), crypto.createHash('md5').update('héllo', 'latin1').digest('base64url'));
console.log(crypto.createHash('sha1').update(Buffer.from('ab')).update(new Uint8Array([99])).digest(), crypto.hash('sha1', 'abc'));
