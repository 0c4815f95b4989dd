// Flags: --allow-read --allow-write=/
'use strict';
// fs.watch with recursive: true reports changes in subfolders (also ones made after the watch
// started) with the path relative to the watched folder; fsPromises.watch yields the same events
// as { eventType, filename } and stops when its signal aborts.
const fs = require('fs');
const path = require('path');
const { enterTmp } = require('./fixtures/tmp');
enterTmp();
fs.mkdirSync('top/old', { recursive: true });

function next(watcher, want) {
  return new Promise((resolve) => {
    const on = (type, name) => {
      if (`${type} ${name}` !== want) return;
      watcher.off('change', on);
      resolve(want);
    };
    watcher.on('change', on);
  });
}

(async () => {
  const w = fs.watch('top', { recursive: true });
  let p = next(w, `rename ${path.join('old', 'a.txt')}`);
  fs.writeFileSync('top/old/a.txt', '1');
  console.log(await p);
  p = next(w, 'rename new');
  fs.mkdirSync('top/new');
  console.log(await p);
  await new Promise((r) => setTimeout(r, 100));
  p = next(w, `rename ${path.join('new', 'b.txt')}`);
  fs.writeFileSync('top/new/b.txt', '2');
  console.log(await p);
  w.close();

  const ac = new AbortController();
  const seen = [];
  const iterating = (async () => {
    try {
      for await (const { eventType, filename } of fs.promises.watch('top', { signal: ac.signal })) {
        seen.push(`${eventType} ${filename}`);
        if (seen.includes('rename c.txt')) ac.abort();
      }
    } catch (e) {
      console.log('ended with', e.name);
    }
  })();
  await new Promise((r) => setTimeout(r, 50));
  fs.writeFileSync('top/c.txt', '3');
  await iterating;
  console.log(seen.includes('rename c.txt'));
})();
