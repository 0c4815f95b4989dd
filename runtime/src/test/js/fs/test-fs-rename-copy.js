// Flags: --allow-read --allow-write=/
'use strict';
// rename, copyFile (with COPYFILE_EXCL) and cp (recursive, force, errorOnExist, filter).
const fs = require('fs');
const { enterTmp, attempt, show } = require('./fixtures/tmp');
enterTmp();

fs.writeFileSync('a', 'A');
fs.renameSync('a', 'b');
console.log(fs.existsSync('a'), fs.readFileSync('b', 'utf8'));
fs.writeFileSync('c', 'C');
fs.renameSync('c', 'b');
console.log(fs.readFileSync('b', 'utf8'));
fs.mkdirSync('d1');
fs.mkdirSync('d2');
fs.writeFileSync('d2/x', '');
attempt('rename missing', () => fs.renameSync('missing', 'z'));
attempt('rename onto non-empty dir', () => fs.renameSync('d1', 'd2'));
attempt('rename file onto dir', () => fs.renameSync('b', 'd1'));
attempt('rename dir onto file', () => fs.renameSync('d1', 'b'));

fs.chmodSync('b', 0o751);
fs.copyFileSync('b', 'b2');
console.log(fs.readFileSync('b2', 'utf8'), (fs.statSync('b2').mode & 0o777).toString(8));
attempt('copy excl', () => fs.copyFileSync('b', 'b2', fs.constants.COPYFILE_EXCL));
attempt('copy missing', () => fs.copyFileSync('missing', 'z'));
attempt('copy dir', () => fs.copyFileSync('d1', 'z'));
attempt('copy bad mode', () => fs.copyFileSync('b', 'z', 8));

fs.mkdirSync('src/sub', { recursive: true });
fs.writeFileSync('src/one', '1');
fs.writeFileSync('src/sub/two', '2');
fs.writeFileSync('src/skip.log', 'no');
fs.symlinkSync('one', 'src/link');
fs.cpSync('src', 'dst', { recursive: true, filter: (s) => !s.endsWith('.log') });
console.log(fs.readdirSync('dst', { recursive: true }).sort(), fs.readlinkSync('dst/link').endsWith('src/one'));
attempt('cp dir without recursive', () => fs.cpSync('src', 'dst2'));
attempt('cp onto itself', () => fs.cpSync('src', 'src', { recursive: true }));
attempt('cp into own subdir', () => fs.cpSync('src', 'src/sub/deeper', { recursive: true }));
attempt('cp dir onto file', () => fs.cpSync('src', 'b', { recursive: true }));
attempt('cp error on exist', () => fs.cpSync('b', 'b2', { force: false, errorOnExist: true }));
fs.writeFileSync('b2', 'old');
fs.cpSync('b', 'b2', { force: false });
console.log('not forced', fs.readFileSync('b2', 'utf8'));
attempt('cp missing', () => fs.cpSync('missing', 'z'));

fs.rename('b', 'e', (err) => {
  console.log('cb rename', err, fs.existsSync('e'));
  fs.copyFile('e', 'f', (err) => {
    console.log('cb copy', err, fs.readFileSync('f', 'utf8'));
    fs.cp('src', 'dst3', { recursive: true }, (err) => {
      console.log('cb cp', err, fs.readdirSync('dst3').length);
      fs.rename('missing', 'y', (err) => console.log('cb error', show(err)));
    });
  });
});
