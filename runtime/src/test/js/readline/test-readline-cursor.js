'use strict';
// The cursor helpers' escape sequences and callbacks, readline/promises' Readline (queued until
// commit), and emitKeypressEvents' key objects.
const readline = require('readline');
const { Readline } = require('readline/promises');
const { PassThrough } = require('stream');

const out = new PassThrough();
let written = '';
out.on('data', (d) => { written += d; });
console.log(readline.cursorTo(out, 3), readline.cursorTo(out, 1, 2), readline.moveCursor(out, -2, 3), readline.moveCursor(out, 4, -1));
readline.clearLine(out, -1);
readline.clearLine(out, 1);
readline.clearLine(out, 0);
readline.clearScreenDown(out);
console.log(JSON.stringify(written));
console.log(readline.cursorTo(null, 1), readline.moveCursor(out, 0, 0), readline.cursorTo(out));
try {
  readline.cursorTo(out, undefined, 1);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
readline.cursorTo(out, 0, () => console.log('cursorTo callback'));

written = '';
const rl = new Readline(out);
rl.cursorTo(5).moveCursor(1, 1).clearLine(0).clearScreenDown();
console.log('before commit', JSON.stringify(written));
rl.commit().then(() => {
  console.log('after commit', JSON.stringify(written));
  rl.cursorTo(1).rollback();
  return rl.commit();
}).then(() => {
  console.log('after rollback', JSON.stringify(written));
  const keyIn = new PassThrough();
  readline.emitKeypressEvents(keyIn);
  keyIn.on('keypress', (s, key) => console.log(JSON.stringify(s), key.name, key.ctrl, key.meta, key.shift, JSON.stringify(key.sequence)));
  for (const k of ['a', 'B', '\r', '\n', '\t', '\x7f', '\x01', '\x1b[A', '\x1b[1;5C', '\x1b[3~', '\x1bb', ' ', 'é', '\x1b[Z', '\x1bOP']) keyIn.write(k);
});
