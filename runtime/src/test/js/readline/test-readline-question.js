'use strict';
// question() with a callback, util.promisify and readline/promises; prompt/setPrompt; the question
// answered from buffered input; an aborted question; using a closed interface.
const readline = require('readline');
const readlinePromises = require('readline/promises');
const util = require('util');
const { PassThrough } = require('stream');

let written = '';
const output = new PassThrough();
output.on('data', (d) => { written += d; });

(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output, prompt: 'app> ' });
  rl.question('Name? ', (answer) => console.log('answer', JSON.stringify(answer)));
  input.write('Ada\n');
  const ask = util.promisify(rl.question).bind(rl);
  const p = ask('Age? ');
  input.write('36\n');
  console.log('promisified', await p);
  rl.on('line', (line) => console.log('line', line));
  rl.prompt();
  input.write('after prompt\n');
  rl.setPrompt('$ ');
  console.log(rl.getPrompt());
  rl.prompt();
  const ac = new AbortController();
  rl.question('never? ', { signal: ac.signal }, () => console.log('not called'));
  ac.abort();
  input.write('goes to line\n');
  rl.close();
  try {
    rl.question('closed?', () => {});
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  console.log(JSON.stringify(written));

  const input2 = new PassThrough();
  const rlp = readlinePromises.createInterface({ input: input2, output });
  const answer = rlp.question('Color? ');
  input2.write('teal\n');
  console.log('promises', await answer, rlp instanceof readlinePromises.Interface, rlp instanceof readline.Interface);
  const ac2 = new AbortController();
  const aborted = rlp.question('Later? ', { signal: ac2.signal });
  ac2.abort();
  await aborted.catch((e) => console.log('aborted', e.name, e.code));
  await rlp.question('x', { signal: AbortSignal.abort() }).catch((e) => console.log('pre-aborted', e.code));
  rlp.close();
})();
