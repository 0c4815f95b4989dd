// Flags: --allow-read --allow-write=/
'use strict';
// mkdir (recursive, modes), mkdtemp, rmdir, unlink, rm (recursive, force) and their errors.
const fs = require('fs');
const { enterTmp, attempt, show } = require('./fixtures/tmp');
enterTmp();

console.log(fs.mkdirSync('a'), fs.mkdirSync('a/b/c', { recursive: true }), fs.mkdirSync('a/b', { recursive: true }));
fs.mkdirSync('m', 0o700);
console.log((fs.statSync('m').mode & 0o777).toString(8));
attempt('mkdir exists', () => fs.mkdirSync('a'));
attempt('mkdir no parent', () => fs.mkdirSync('x/y'));
fs.writeFileSync('file', '');
attempt('mkdir -p over file', () => fs.mkdirSync('file', { recursive: true }));
attempt('mkdir -p under file', () => fs.mkdirSync('file/sub', { recursive: true }));
attempt('mkdir bad mode', () => fs.mkdirSync('z', { mode: 'rwx' }));
attempt('mkdir bad recursive', () => fs.mkdirSync('z', { recursive: 'yes' }));
const tmp = fs.mkdtempSync('pre-');
console.log(/^pre-[A-Za-z0-9]{6}$/.test(tmp), fs.statSync(tmp).isDirectory(), (fs.statSync(tmp).mode & 0o777).toString(8));
attempt('mkdtemp missing', () => fs.mkdtempSync('none/pre-'));
attempt('rmdir not empty', () => fs.rmdirSync('a'));
attempt('rmdir file', () => fs.rmdirSync('file'));
attempt('unlink dir', () => fs.unlinkSync('a'));
attempt('unlink missing', () => fs.unlinkSync('missing'));
attempt('rm dir', () => fs.rmSync('a'));
attempt('rm missing', () => fs.rmSync('missing'));
console.log('rm force missing', fs.rmSync('missing', { force: true }));
fs.rmSync('a', { recursive: true });
fs.rmSync('file');
fs.rmdirSync('m');
fs.rmdirSync(tmp);
console.log(fs.readdirSync('.'));
attempt('rm bad force', () => fs.rmSync('x', { force: 1 }));

fs.mkdir('p/q', { recursive: true }, (err, first) => {
  console.log('cb mkdir', err, first);
  fs.writeFileSync('p/q/f', 'x');
  fs.rm('p', (err) => {
    console.log('cb rm dir', err.code, err.message, err.info);
    fs.rm('p', { recursive: true }, (err) => {
      console.log('cb rm', err, fs.existsSync('p'));
      fs.mkdtemp('t-', (err, dir) => {
        console.log('cb mkdtemp', err, dir.length);
        fs.rmdir(dir, (err) => console.log('cb rmdir', err, fs.readdirSync('.')));
      });
    });
  });
});
