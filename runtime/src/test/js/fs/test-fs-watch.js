// Flags: --allow-read --allow-write=/
'use strict';
// fs.watch on a directory and on a file: 'rename' for a new or removed entry, 'change' for a write,
// the changed name as filename; close() emits 'close' and stops the events. Each step waits for its
// event, since the OS may report one change more than once.
const fs = require('fs');
const { enterTmp, show } = require('./fixtures/tmp');
enterTmp();
fs.mkdirSync('dir');
fs.writeFileSync('file.txt', 'a');

function next(watcher, want) {
  return new Promise((resolve) => {
    const on = (type, name) => {
      if (`${type} ${name}` !== want) return;
      watcher.off('change', on);
      resolve(`${type} ${name}`);
    };
    watcher.on('change', on);
  });
}

(async () => {
  const w = fs.watch('dir');
  console.log(w instanceof require('events'), typeof w.close, w.ref() === w);
  let p = next(w, 'rename new.txt');
  fs.writeFileSync('dir/new.txt', 'x');
  console.log(await p);
  p = next(w, 'change new.txt');
  fs.appendFileSync('dir/new.txt', 'y');
  console.log(await p);
  p = next(w, 'rename new.txt');
  fs.unlinkSync('dir/new.txt');
  console.log(await p);
  w.on('close', () => console.log('dir watcher closed'));
  w.close();

  const f = fs.watch('file.txt', { encoding: 'buffer' });
  const got = new Promise((resolve) => f.once('change', (type, name) => resolve([type, name])));
  fs.writeFileSync('file.txt', 'b');
  console.log(await got);
  f.close();
  try {
    fs.watch('missing');
  } catch (e) {
    console.log(show(e), e.filename);
  }
})();
