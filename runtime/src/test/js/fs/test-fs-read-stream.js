// Flags: --allow-read --allow-write=/
'use strict';
// createReadStream: events in order, start/end ranges (end inclusive), highWaterMark chunking,
// encodings, an fd, and the error for a missing file.
const fs = require('fs');
const { enterTmp, show } = require('./fixtures/tmp');
enterTmp();
fs.writeFileSync('f.txt', 'abcdefghijklmnopqrstuvwxyz');

function collect(label, stream) {
  return new Promise((resolve) => {
    const chunks = [];
    const events = [];
    stream.on('open', (fd) => events.push(`open:${typeof fd}`));
    stream.on('ready', () => events.push('ready'));
    stream.on('data', (c) => chunks.push(typeof c === 'string' ? c : c.toString()));
    stream.on('end', () => events.push('end'));
    stream.on('error', (e) => events.push(`error ${show(e)}`));
    stream.on('close', () => {
      events.push('close');
      console.log(label, JSON.stringify(chunks), events.join(' '), stream.bytesRead, stream.destroyed);
      resolve();
    });
  });
}

(async () => {
  const s = fs.createReadStream('f.txt');
  console.log(s instanceof fs.ReadStream, s instanceof require('stream').Readable, s.path, s.pending, s.readableHighWaterMark);
  await collect('whole', s);
  await collect('range', fs.createReadStream('f.txt', { start: 2, end: 5 }));
  await collect('hwm', fs.createReadStream('f.txt', { highWaterMark: 10 }));
  await collect('start only', fs.createReadStream('f.txt', { start: 20, encoding: 'utf8' }));
  await collect('end only', fs.createReadStream('f.txt', { end: 0 }));
  await collect('hex', fs.createReadStream('f.txt', 'hex'));
  const fd = fs.openSync('f.txt', 'r');
  await collect('fd', fs.createReadStream(null, { fd, start: 24 }));
  await collect('missing', fs.createReadStream('missing.txt'));
  try {
    fs.createReadStream('f.txt', { start: 5, end: 2 });
  } catch (e) {
    console.log(show(e));
  }
  const early = fs.createReadStream('f.txt', { highWaterMark: 4 });
  early.once('data', (c) => {
    console.log('first', c.toString());
    early.close((err) => console.log('closed early', err && err.code, early.destroyed));
  });
})();
