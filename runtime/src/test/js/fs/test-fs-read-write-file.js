// Flags: --allow-read --allow-write=/
'use strict';
// readFile/writeFile/appendFile: encodings, flags, Buffers and typed arrays, and their errors.
const fs = require('fs');
const { enterTmp, attempt, show } = require('./fixtures/tmp');
enterTmp();

fs.writeFileSync('a.txt', 'héllo\n');
console.log(fs.readFileSync('a.txt'));
console.log(JSON.stringify(fs.readFileSync('a.txt', 'utf8')), fs.readFileSync('a.txt', { encoding: 'hex' }));
fs.appendFileSync('a.txt', Buffer.from('more\n'));
fs.appendFileSync('a.txt', new Uint16Array([0x6968]));
console.log(JSON.stringify(fs.readFileSync('a.txt', 'latin1')));
fs.writeFileSync('b.txt', 'aGk=', 'base64');
console.log(fs.readFileSync('b.txt', 'utf8'));
fs.writeFileSync('b.txt', new DataView(new ArrayBuffer(3)));
console.log(fs.readFileSync('b.txt'));
attempt('wx on existing', () => fs.writeFileSync('a.txt', 'x', { flag: 'wx' }));
fs.writeFileSync('c.txt', 'first', { flag: 'wx' });
fs.writeFileSync('c.txt', '+second', { flag: 'a' });
console.log(fs.readFileSync('c.txt', 'utf8'));
attempt('read missing', () => fs.readFileSync('missing.txt'));
attempt('read dir', () => fs.readFileSync('.'));
attempt('write dir', () => fs.writeFileSync('.', 'x'));
attempt('bad encoding', () => fs.readFileSync('a.txt', 'nope'));
attempt('bad data', () => fs.writeFileSync('a.txt', { toString() { return 'x'; } }));
attempt('bad flag', () => fs.readFileSync('a.txt', { flag: 'q' }));
console.log('empty file', fs.readFileSync(fs.openSync('empty', 'w+')).length);

fs.readFile('a.txt', 'utf8', (err, data) => {
  console.log('async', err, JSON.stringify(data));
  fs.writeFile('d.txt', 'async data', (err) => {
    console.log('written', err);
    fs.appendFile('d.txt', '!', () => {
      fs.readFile('d.txt', (err, buf) => {
        console.log('appended', buf.toString());
        fs.readFile('nope/x', (err) => console.log('async error', show(err)));
      });
    });
  });
});
