// Flags: --allow-read --allow-write=/
'use strict';
// File descriptors: open flags, positional and sequential reads/writes, readv/writev, fstat,
// ftruncate, fsync, and EBADF once closed.
const fs = require('fs');
const { enterTmp, attempt } = require('./fixtures/tmp');
enterTmp();

let fd = fs.openSync('f.txt', 'w+');
console.log(typeof fd, fs.writeSync(fd, 'hello world'), fs.writeSync(fd, Buffer.from('ABC'), 1, 1, 0));
const buf = Buffer.alloc(8, '.');
console.log(fs.readSync(fd, buf, 0, 5, 0), buf.toString());
console.log(fs.readSync(fd, buf, { position: 6, length: 3 }), buf.toString());
console.log(fs.readSync(fd, buf, 2, 3, 100), fs.fstatSync(fd).size, fs.fstatSync(fd).isFile());
fs.ftruncateSync(fd, 4);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
console.log(JSON.stringify(fs.readFileSync('f.txt', 'utf8')));
fs.ftruncateSync(fd, 6);
console.log(fs.readFileSync('f.txt'));
console.log(fs.writevSync(fd, [Buffer.from('12'), Buffer.from('34')], 0));
const parts = [Buffer.alloc(3), Buffer.alloc(3)];
console.log(fs.readvSync(fd, parts, 0), parts.map(String));
fs.closeSync(fd);
attempt('read after close', () => fs.readSync(fd, buf));
attempt('close twice', () => fs.closeSync(fd));
attempt('fstat closed', () => fs.fstatSync(fd));

fd = fs.openSync('f.txt', 'a');
fs.writeSync(fd, '[end]');
fs.closeSync(fd);
fd = fs.openSync('f.txt', 'r');
attempt('write read-only', () => fs.writeSync(fd, 'x'));
console.log(fs.readFileSync(fd, 'utf8'));
console.log('at eof', fs.readSync(fd, buf, 0, 4, null));
fs.closeSync(fd);
fd = fs.openSync('f.txt', 'a+');
fs.writeSync(fd, '+');
console.log(fs.readSync(fd, buf, 0, 8, 0), buf.toString(), fs.readFileSync('f.txt', 'latin1'));
fs.closeSync(fd);
attempt('open missing', () => fs.openSync('missing'));
attempt('open wx', () => fs.openSync('f.txt', 'wx'));
attempt('open under file', () => fs.openSync('f.txt/x'));
attempt('bad fd', () => fs.readSync(-1, buf));
attempt('bad fd type', () => fs.closeSync('1'));
attempt('bad length', () => fs.readSync(0, buf, 5, 10));

fs.open('f.txt', 'r', (err, fd2) => {
  fs.read(fd2, Buffer.alloc(5), 0, 5, 0, (err, n, b) => {
    console.log('cb read', err, n, b.toString());
    fs.read(fd2, { buffer: Buffer.alloc(3), position: 1 }, (err, n2, b2) => {
      console.log('cb read options', n2, b2.toString());
      fs.close(fd2, (err) => console.log('closed', err));
    });
  });
});
