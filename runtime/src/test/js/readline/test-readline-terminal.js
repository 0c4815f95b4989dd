'use strict';
// terminal: true: keys edit the line and the output gets the same redraw sequences as Node's
// (cursor moves, insert and delete in the middle, home/end, ctrl-u/k/w, history with up/down).
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, terminal: true, historySize: 3 });
console.log(rl.terminal, rl.history.length);
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.on('history', (h) => console.log('history', h));
const keys = (...ks) => { for (const k of ks) input.write(k); };
const flush = (label) => {
  console.log(label, JSON.stringify(written));
  written = '';
};

rl.prompt();
keys('a', 'b', 'c', '\x1b[D', 'X', '\x7f', '\r');
flush('edit');
keys('h', 'e', 'l', 'l', 'o', '\x1b[H', '>', '\x1b[F', '!', '\r');
flush('home/end');
keys('o', 'n', 'e', ' ', 't', 'w', 'o', '\x17', '\r');
flush('ctrl-w');
keys('x', 'y', 'z', '\x1b[D', '\x1b[D', '\x0b', '\r');
flush('ctrl-k');
keys('x', 'y', 'z', '\x1b[D', '\x15', '\r');
flush('ctrl-u');
keys('\x1b[A', '\x1b[A', '\x1b[B', '\r');
flush('history');
keys('q', '\x1b[3~', '\x1b[D', '\x1b[3~', '\r');
flush('delete');
rl.question('Sure? ', (a) => console.log('answer', a));
keys('y', '\r');
flush('question');
rl.on('SIGINT', () => console.log('SIGINT'));
keys('\x03');
rl.on('close', () => console.log('closed'));
keys('\x04');
flush('end');
