// Flags: --allow-read --allow-write=/
'use strict';
// symlink, readlink, realpath (JS and native), link and lstat of links, with their errors.
const fs = require('fs');
const path = require('path');
const { enterTmp, show } = require('./fixtures/tmp');
const dir = fs.realpathSync(enterTmp());
const attempt = (label, fn) => require('./fixtures/tmp').attempt(label, fn, dir);
const rel = (p) => path.relative(dir, p);

fs.mkdirSync('real/inner', { recursive: true });
fs.writeFileSync('real/inner/file', 'data');
fs.symlinkSync('real/inner', 'dirlink');
fs.symlinkSync('dirlink/file', 'filelink');
fs.symlinkSync('nowhere', 'dangling');
console.log(fs.readlinkSync('dirlink'), fs.readlinkSync('filelink'), fs.readlinkSync('dangling', 'buffer'));
console.log(rel(fs.realpathSync('filelink')), rel(fs.realpathSync.native('filelink')), rel(fs.realpathSync('real/inner/../inner/./file')));
console.log(fs.readFileSync('filelink', 'utf8'), fs.lstatSync('filelink').isSymbolicLink(), fs.statSync('dirlink').isDirectory());
console.log(fs.readdirSync('dirlink'), fs.existsSync('dangling'), fs.lstatSync('dangling').isSymbolicLink());
fs.linkSync('real/inner/file', 'hard');
console.log(fs.statSync('hard').nlink, fs.statSync('hard').ino === fs.statSync('real/inner/file').ino);
attempt('symlink exists', () => fs.symlinkSync('x', 'filelink'));
attempt('symlink bad type', () => fs.symlinkSync('x', 'y', 'folder'));
attempt('readlink not a link', () => fs.readlinkSync('hard'));
attempt('readlink missing', () => fs.readlinkSync('missing'));
attempt('realpath dangling', () => rel(fs.realpathSync('dangling')));
attempt('realpath.native dangling', () => fs.realpathSync.native('dangling'));
attempt('link exists', () => fs.linkSync('hard', 'filelink'));
attempt('link missing', () => fs.linkSync('missing', 'l2'));
fs.symlinkSync('loop2', 'loop1');
fs.symlinkSync('loop1', 'loop2');
attempt('stat loop', () => fs.statSync('loop1'));

fs.symlink('real', 'cblink', 'dir', (err) => {
  console.log('cb symlink', err);
  fs.readlink('cblink', (err, target) => {
    console.log('cb readlink', err, target);
    fs.realpath('cblink/inner', (err, p) => {
      console.log('cb realpath', err, rel(p));
      fs.realpath.native('nope', (err) => console.log('cb realpath error', show(err)));
    });
  });
});
