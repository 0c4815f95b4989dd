// Flags: --allow-read --allow-write=/
'use strict';
// fs.watchFile polls stat: the listener gets (curr, prev) when the file changes, zeroed stats when
// it is missing; unwatchFile stops the polling so the process can exit.
const fs = require('fs');
const { enterTmp } = require('./fixtures/tmp');
enterTmp();
fs.writeFileSync('f.txt', '1');

let step = 0;
const watcher = fs.watchFile('f.txt', { interval: 20 }, (curr, prev) => {
  step++;
  console.log(step, prev.size, '->', curr.size, curr.isFile(), curr.mtimeMs >= prev.mtimeMs);
  if (step === 1) fs.unlinkSync('f.txt');
  if (step === 2) {
    console.log('zeroed', curr.mtimeMs, curr.ino, curr.mtime.getTime());
    fs.unwatchFile('f.txt');
  }
});
console.log(watcher.constructor.name, typeof watcher.ref);
setTimeout(() => fs.writeFileSync('f.txt', '12345'), 100);

const missing = fs.watchFile('nothing-here', { interval: 20, persistent: false }, (curr, prev) => {
  console.log('missing', curr.size, prev.size, curr.isFile());
  fs.unwatchFile('nothing-here');
});
watcher.on('stop', () => console.log('stopped'));
missing.on('stop', () => console.log('missing stopped'));
