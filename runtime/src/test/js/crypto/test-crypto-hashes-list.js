'use strict';
const hashes = require('crypto').getHashes();
for (const h of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'sha512-256']) console.log(h, hashes.includes(h));
console.log(Array.isArray(hashes), hashes.every((h) => typeof h === 'string'));
