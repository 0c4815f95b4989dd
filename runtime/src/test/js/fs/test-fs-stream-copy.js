// Flags: --allow-read --allow-write=/
'use strict';
// A multi-megabyte copy through createReadStream().pipe(createWriteStream()) and through
// stream.pipeline, checked by size and digest; chunks never exceed the highWaterMark.
const fs = require('fs');
const crypto = require('crypto');
const { pipeline } = require('stream/promises');
const { enterTmp } = require('./fixtures/tmp');
enterTmp();

const block = Buffer.alloc(1 << 20);
for (let i = 0; i < block.length; i++) block[i] = (i * 7 + (i >> 10)) & 0xff;
const fd = fs.openSync('big.bin', 'w');
for (let i = 0; i < 5; i++) fs.writeSync(fd, block);
fs.writeSync(fd, 'tail');
fs.closeSync(fd);
const digest = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let maxChunk = 0;
let chunks = 0;
const src = fs.createReadStream('big.bin');
src.on('data', (c) => {
  chunks++;
  maxChunk = Math.max(maxChunk, c.length);
});
src.pipe(fs.createWriteStream('copy.bin')).on('close', async () => {
  console.log(fs.statSync('copy.bin').size, digest('copy.bin') === digest('big.bin'), maxChunk, chunks);
  await pipeline(fs.createReadStream('copy.bin', { highWaterMark: 1000 }), fs.createWriteStream('copy2.bin'));
  console.log(fs.statSync('copy2.bin').size, digest('copy2.bin') === digest('big.bin'));
});
