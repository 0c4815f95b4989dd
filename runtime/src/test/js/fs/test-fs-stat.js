// Flags: --allow-read --allow-write=/
'use strict';
// stat/lstat/fstat: the Stats shape and methods, modes, sizes, times, BigInt stats, throwIfNoEntry.
const fs = require('fs');
const { enterTmp, attempt, show } = require('./fixtures/tmp');
enterTmp();

fs.writeFileSync('file', '12345');
fs.chmodSync('file', 0o640);
fs.mkdirSync('dir');
fs.symlinkSync('file', 'link');
const s = fs.statSync('file');
console.log(s instanceof fs.Stats, Object.keys(s).join());
console.log(s.isFile(), s.isDirectory(), s.isSymbolicLink(), s.isFIFO(), s.isSocket(), s.isBlockDevice(), s.isCharacterDevice());
console.log(s.size, (s.mode & 0o777).toString(8), s.mode & fs.constants.S_IFMT, s.nlink, typeof s.ino, typeof s.dev);
console.log(s.mtime instanceof Date, Math.abs(s.mtimeMs - Date.now()) < 60000, s.mtime.getTime() === Math.round(s.mtimeMs));
console.log(fs.statSync('dir').isDirectory(), fs.lstatSync('link').isSymbolicLink(), fs.statSync('link').isFile());
console.log(fs.lstatSync('link').size, fs.statSync('link').ino === s.ino);
const b = fs.statSync('file', { bigint: true });
console.log(b.constructor.name, typeof b.size, b.size, typeof b.mtimeNs, b.mtimeNs / 1000000n === b.mtimeMs, b.isFile());
console.log(Object.keys(b).filter((k) => k.endsWith('Ns')).join());
const fd = fs.openSync('file', 'r');
console.log(fs.fstatSync(fd).size, fs.fstatSync(fd, { bigint: true }).size);
fs.closeSync(fd);
console.log(fs.statSync('nope', { throwIfNoEntry: false }), fs.lstatSync('dir/x', { throwIfNoEntry: false }));
attempt('not a dir', () => fs.lstatSync('file/x', { throwIfNoEntry: false }));
attempt('stat missing', () => fs.statSync('nope'));
attempt('lstat missing', () => fs.lstatSync('nope'));
attempt('stat trailing slash', () => fs.statSync('file/'));
attempt('stat empty', () => fs.statSync(''));
attempt('stat null byte', () => fs.statSync('a\0b'));
attempt('stat number', () => fs.statSync(1));

fs.stat('file', (err, st) => {
  console.log('cb', err, st.size, st.isFile());
  fs.lstat('link', { bigint: true }, (err, lst) => {
    console.log('cb lstat', typeof lst.size, lst.isSymbolicLink());
    fs.stat('nope', (err) => console.log('cb error', show(err)));
  });
});
