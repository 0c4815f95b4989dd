// Flags: --allow-read --allow-write=/
'use strict';
// chmod/fchmod, access and exists (an execute check is refused even for root on a mode-000 file),
// chown errors, utimes/futimes/lutimes and truncate.
const fs = require('fs');
const { enterTmp, attempt, show } = require('./fixtures/tmp');
enterTmp();

fs.writeFileSync('f', 'hello world');
fs.chmodSync('f', 0o600);
console.log((fs.statSync('f').mode & 0o7777).toString(8));
fs.chmodSync('f', '755');
console.log((fs.statSync('f').mode & 0o7777).toString(8));
const fd = fs.openSync('f', 'r+');
fs.fchmodSync(fd, 0o000);
console.log((fs.fstatSync(fd).mode & 0o7777).toString(8));
attempt('access X_OK on 000', () => fs.accessSync('f', fs.constants.X_OK));
attempt('access missing', () => fs.accessSync('missing'));
attempt('access bad mode', () => fs.accessSync('f', 8));
console.log('access F_OK', fs.accessSync('f'), fs.existsSync('f'), fs.existsSync('missing'), fs.existsSync(), fs.existsSync({}));
fs.chmodSync('f', 0o644);
attempt('chmod missing', () => fs.chmodSync('missing', 0o644));
attempt('chmod bad mode', () => fs.chmodSync('f', 'rw'));
attempt('chown missing', () => fs.chownSync('missing', process.getuid(), process.getgid()));
attempt('chown bad uid', () => fs.chownSync('f', 'me', 0));
console.log('chown self', fs.chownSync('f', process.getuid(), process.getgid()));

fs.utimesSync('f', 1000000000, new Date('2020-02-02T02:02:02.250Z'));
let st = fs.statSync('f');
console.log(st.atime.toISOString(), st.mtime.toISOString(), st.mtimeMs);
fs.futimesSync(fd, '1500000000', 1600000000.5);
st = fs.statSync('f');
console.log(st.atimeMs, st.mtimeMs);
fs.symlinkSync('f', 'l');
fs.lutimesSync('l', 1200000000, 1200000000);
console.log(fs.lstatSync('l').mtimeMs, fs.statSync('f').mtimeMs);
attempt('utimes missing', () => fs.utimesSync('missing', 1, 1));
attempt('utimes bad time', () => fs.utimesSync('f', 'soon', 1));

fs.truncateSync('f', 5);
console.log(fs.readFileSync('f', 'utf8'));
fs.truncateSync('f');
console.log(fs.statSync('f').size);
attempt('truncate missing', () => fs.truncateSync('missing'));
fs.closeSync(fd);

fs.access('f', fs.constants.R_OK | fs.constants.W_OK, (err) => {
  console.log('cb access', err);
  fs.chmod('f', 0o400, (err) => {
    console.log('cb chmod', err, (fs.statSync('f').mode & 0o777).toString(8));
    fs.utimes('f', 5, 6, (err) => {
      console.log('cb utimes', err, fs.statSync('f').mtimeMs);
      fs.exists('f', (yes) => fs.exists('nope', (no) => {
        console.log('cb exists', yes, no);
        fs.truncate('missing', (err) => console.log('cb truncate', show(err)));
      }));
    });
  });
});
