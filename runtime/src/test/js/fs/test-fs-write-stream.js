// Flags: --allow-read --allow-write=/
'use strict';
// createWriteStream: events, bytesWritten, flags ('a', 'r+' with start), encodings, writev through
// cork, backpressure at highWaterMark, close(), and the error for a bad path.
const fs = require('fs');
const { enterTmp, show } = require('./fixtures/tmp');
enterTmp();

function done(stream) {
  return new Promise((resolve) => stream.on('close', resolve));
}

(async () => {
  const events = [];
  const w = fs.createWriteStream('out.txt');
  console.log(w instanceof fs.WriteStream, w.pending, w.path, w.writableHighWaterMark);
  for (const e of ['open', 'ready', 'finish', 'close']) w.on(e, () => events.push(e));
  w.write('hello ');
  w.write(Buffer.from('world'));
  w.end('!\n');
  await done(w);
  console.log(events.join(' '), w.bytesWritten, JSON.stringify(fs.readFileSync('out.txt', 'utf8')));

  const a = fs.createWriteStream('out.txt', { flags: 'a' });
  a.cork();
  a.write('one ');
  a.write('two ');
  process.nextTick(() => a.uncork());
  a.end('three');
  await done(a);
  console.log(a.bytesWritten, fs.readFileSync('out.txt', 'utf8'));

  const r = fs.createWriteStream('out.txt', { flags: 'r+', start: 6 });
  r.end('WORLD');
  await done(r);
  console.log(fs.readFileSync('out.txt', 'utf8'));

  const h = fs.createWriteStream('hex.bin', { encoding: 'hex', highWaterMark: 4 });
  console.log('write returns', h.write('00ff'), h.write('aa'), h.writableLength);
  h.end();
  await done(h);
  console.log(fs.readFileSync('hex.bin'));

  const c = fs.createWriteStream('closed.txt');
  c.write('x');
  c.close(() => console.log('close cb', fs.readFileSync('closed.txt', 'utf8'), c.closed));
  await done(c);

  const bad = fs.createWriteStream('no/such/dir/file');
  bad.on('error', (e) => console.log('error', show(e)));
  bad.write('x', (err) => console.log('write cb', err && err.code));
  await done(bad);
  console.log('bad closed', bad.destroyed);
})();
