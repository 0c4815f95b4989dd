// Flags: --allow-read --allow-write=/
'use strict';
// statfs (the shape and that the numbers make sense) and openAsBlob.
const fs = require('fs');
const { enterTmp } = require('./fixtures/tmp');
enterTmp();
fs.writeFileSync('f.txt', 'blob contents');

const s = fs.statfsSync('.');
console.log(s.constructor.name, Object.keys(s).join(), typeof s.type, s.bsize > 0, s.blocks >= s.bfree, s.bfree >= s.bavail);
console.log(typeof fs.statfsSync('.', { bigint: true }).blocks);
fs.statfs('.', (err, st) => {
  console.log('cb', err, st.bsize === s.bsize);
  fs.promises.statfs('.').then((st2) => console.log('promise', st2.bsize === s.bsize));
});
fs.openAsBlob('f.txt', { type: 'text/plain' }).then(async (blob) => {
  console.log(blob instanceof Blob, blob.size, blob.type, await blob.text());
});
