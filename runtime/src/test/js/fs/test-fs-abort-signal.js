// Flags: --allow-read --allow-write=/
'use strict';
// readFile and writeFile (callback and promise forms) with an AbortSignal that is already aborted.
const fs = require('fs');
const { enterTmp, show } = require('./fixtures/tmp');
enterTmp();
fs.writeFileSync('f.txt', 'data');

const ac = new AbortController();
ac.abort();
fs.readFile('f.txt', { signal: ac.signal }, (err, data) => {
  console.log('readFile', show(err), data, err.cause && err.cause.name);
  fs.writeFile('g.txt', 'x', { signal: ac.signal }, (err) => {
    console.log('writeFile', show(err), fs.existsSync('g.txt'));
    fs.promises.readFile('f.txt', { signal: ac.signal }).catch((err) => {
      console.log('promise readFile', show(err));
      fs.promises.writeFile('g.txt', 'y', { signal: AbortSignal.abort('why') }).catch((err) => {
        console.log('promise writeFile', show(err), err.cause);
        const live = new AbortController();
        fs.readFile('f.txt', { signal: live.signal, encoding: 'utf8' }, (err, s) => console.log('not aborted', err, s));
      });
    });
  });
});
try {
  fs.readFile('f.txt', { signal: {} }, () => {});
} catch (err) {
  console.log(show(err));
}
