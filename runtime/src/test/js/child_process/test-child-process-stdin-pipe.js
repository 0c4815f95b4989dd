// Flags: --allow-run
'use strict';
// stdin is a Writable and stdout a Readable: a megabyte goes through `cat` and back intact, with
// backpressure both ways, and end() closes the child's stdin so it can finish.
const { spawn } = require('child_process');
const crypto = require('crypto');

const data = Buffer.alloc(1024 * 1024);
for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 0xff;
const expected = crypto.createHash('sha256').update(data).digest('hex');

const cat = spawn('cat');
const hash = crypto.createHash('sha256');
let received = 0;
let chunks = 0;
cat.stdout.on('data', (d) => {
  hash.update(d);
  received += d.length;
  chunks++;
});

let writes = 0;
let fullAt = -1;
for (let off = 0; off < data.length; off += 65536) {
  writes++;
  if (!cat.stdin.write(data.subarray(off, off + 65536)) && fullAt < 0) fullAt = writes;
}
console.log('writes', writes, 'backpressure seen', fullAt > 0);
cat.stdin.end(() => console.log('stdin finished'));
cat.stdin.on('close', () => console.log('stdin closed'));

cat.on('close', (code) => {
  console.log('code', code, 'received', received, 'same', hash.digest('hex') === expected, 'chunked', chunks > 1);

  // Strings are written with their encoding; several writes arrive in order.
  const tr = spawn('tr', ['a-z', 'A-Z']);
  let out = '';
  tr.stdout.setEncoding('utf8').on('data', (d) => { out += d; });
  tr.stdin.write('hello ');
  tr.stdin.write('776f726c64', 'hex');
  tr.stdin.end('!\n');
  tr.on('close', () => console.log(JSON.stringify(out)));
});
