// Flags: --allow-read --allow-write=/
'use strict';
// Reading a file line by line: for await over an Interface on fs.createReadStream (CRLF files with
// crlfDelay: Infinity), 'line' and 'close' events, and stopping early.
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bramble-readline-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'lines.txt');
const many = Array.from({ length: 5000 }, (_, i) => `line ${i}`).join('\r\n');
fs.writeFileSync(file, `${many}\r\n\r\nend`);

(async () => {
  const rl = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark: 1000 }), crlfDelay: Infinity });
  let count = 0;
  let last;
  for await (const line of rl) {
    count++;
    last = line;
  }
  console.log(count, last, rl.closed);

  const seen = [];
  const rl2 = readline.createInterface({ input: fs.createReadStream(file) });
  rl2.on('line', (line) => {
    if (seen.length < 3) seen.push(line);
  });
  await new Promise((resolve) => rl2.on('close', resolve));
  console.log(seen);

  const input = fs.createReadStream(file);
  const rl3 = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl3) {
    if (line === 'line 2') break;
  }
  console.log('stopped early', rl3.closed);
  input.on('close', () => console.log('input closed', input.destroyed));
  input.destroy();
})();
