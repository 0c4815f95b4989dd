'use strict';
const crypto = require('crypto');
console.log(crypto.scryptSync('password', 'salt', 32).toString('hex'));
console.log(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'));
console.log(crypto.scryptSync('pleaseletmein', 'SodiumChloride', 32, { cost: 1024, blockSize: 8, parallelization: 2 }).toString('hex'));
crypto.scrypt('pw', 'salt', 16, (err, key) => console.log('async', err, key.toString('hex')));
for (const f of [() => crypto.scryptSync('a', 'b', 10, { N: 3 }), () => crypto.scryptSync('a', 'b', 10, { N: 1024, r: 8, maxmem: 1000 })]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
