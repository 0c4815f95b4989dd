// Flags: --allow-read --allow-write=/
'use strict';
// readdir: sorted names, Dirents, recursive listing, buffer encoding and errors.
const fs = require('fs');
const { enterTmp, attempt, show } = require('./fixtures/tmp');
enterTmp();

fs.mkdirSync('top/sub/deeper', { recursive: true });
for (const name of ['b.txt', 'a.txt', 'Z.txt', '_x']) fs.writeFileSync(`top/${name}`, name);
fs.writeFileSync('top/sub/inner.txt', '');
fs.symlinkSync('a.txt', 'top/link');
console.log(fs.readdirSync('top'));
const dirents = fs.readdirSync('top', { withFileTypes: true });
console.log(dirents[0] instanceof fs.Dirent, dirents[0]);
console.log(dirents.map((d) => `${d.name}:${d.isFile() ? 'f' : ''}${d.isDirectory() ? 'd' : ''}${d.isSymbolicLink() ? 'l' : ''}`).join(' '));
console.log(fs.readdirSync('top', { recursive: true }));
console.log(fs.readdirSync('top', { recursive: true, withFileTypes: true }).map((d) => `${d.parentPath}/${d.name}`));
console.log(fs.readdirSync('top/sub', 'buffer'));
console.log(fs.readdirSync('top/sub/deeper'));
attempt('readdir file', () => fs.readdirSync('top/a.txt'));
attempt('readdir missing', () => fs.readdirSync('missing'));
attempt('bad recursive', () => fs.readdirSync('top', { recursive: 1 }));

fs.readdir('top', (err, names) => {
  console.log('cb', err, names.length);
  fs.readdir('top', { withFileTypes: true, recursive: true }, (err, all) => {
    console.log('cb recursive', all.length, all.filter((d) => d.isDirectory()).map((d) => d.name));
    fs.readdir('missing', (err) => console.log('cb error', show(err)));
  });
});
