'use strict';
// How input is split into 'line' events: \n, \r\n (also split across chunks), a lone \r, empty
// lines, UTF-8 characters split between chunks, and a last line without a newline at the end.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
console.log(rl.terminal, rl.crlfDelay, rl.getPrompt(), typeof rl.line);
rl.on('line', (line) => console.log('line', JSON.stringify(line)));
rl.on('close', () => console.log('close'));
input.write('one\ntwo\r\nthree');
input.write(' continued\r');
input.write('\nfour\rfive\n\n');
const euro = Buffer.from('six €\n');
input.write(euro.subarray(0, 5));
input.write(euro.subarray(5));
input.write('seven\r\n\r\n');
input.end('last without newline');

const rl2 = readline.createInterface({ input: new PassThrough(), crlfDelay: 50 });
console.log(rl2.crlfDelay, readline.createInterface({ input: new PassThrough(), crlfDelay: Infinity }).crlfDelay);
rl2.close();
const rl3 = readline.createInterface(new PassThrough(), null);
rl3.on('line', (l) => console.log('rl3', l));
rl3.write('written\n');
rl3.close();
