// Flags: --allow-read --allow-write=/
'use strict';
// opendir/Dir: readSync, read with callback and promise, async iteration (closes itself),
// recursive walking, and the errors after close.
const fs = require('fs');
const { enterTmp, show } = require('./fixtures/tmp');
enterTmp();
fs.mkdirSync('d/sub', { recursive: true });
for (const n of ['c', 'a', 'b']) fs.writeFileSync(`d/${n}`, n);
fs.writeFileSync('d/sub/deep', '');

const dir = fs.opendirSync('d');
console.log(dir instanceof fs.Dir, dir.path);
const names = [];
let e;
while ((e = dir.readSync()) !== null) names.push(`${e.name}${e.isDirectory() ? '/' : ''} in ${e.parentPath}`);
console.log(names.sort());
dir.closeSync();
try {
  dir.readSync();
} catch (err) {
  console.log(show(err));
}

(async () => {
  const seen = [];
  for await (const entry of await fs.promises.opendir('d')) seen.push(entry.name);
  console.log(seen.sort());
  const deep = [];
  for await (const entry of await fs.promises.opendir('d', { recursive: true })) deep.push(`${entry.parentPath}/${entry.name}`);
  console.log(deep.sort());
  const d2 = await fs.promises.opendir('d', { bufferSize: 1 });
  const first = await d2.read();
  console.log(typeof first.name, first instanceof fs.Dirent);
  await d2.close();
  await d2.close().catch((err) => console.log('close twice', show(err)));
  fs.opendir('d', (err, d3) => {
    d3.read((err, entry) => {
      console.log('cb read', err, typeof entry.name);
      d3.close((err) => {
        console.log('cb close', err);
        fs.opendir('missing', (err) => console.log('cb missing', show(err)));
      });
    });
  });
})();
