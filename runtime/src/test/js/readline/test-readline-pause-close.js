'use strict';
// pause/resume events and what they do to the input, close() (also through an AbortSignal and at the
// input's end), and the events' order.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
for (const e of ['pause', 'resume', 'close']) rl.on(e, () => console.log('event', e, rl.paused, input.isPaused()));
rl.on('line', (l) => console.log('line', l));
console.log('returns', rl.pause() === rl, rl.pause());
input.write('buffered\n');
console.log('returns', rl.resume() === rl, rl.resume());
setImmediate(() => {
  input.end('tail');
  input.on('end', () => console.log('input end'));
});
rl.on('close', () => {
  console.log('closed', rl.closed);
  const ac = new AbortController();
  const rl2 = readline.createInterface({ input: new PassThrough(), signal: ac.signal });
  rl2.on('close', () => console.log('aborted close'));
  ac.abort();
  const rl3 = readline.createInterface({ input: new PassThrough(), signal: AbortSignal.abort() });
  rl3.on('close', () => console.log('pre-aborted close'));
});
