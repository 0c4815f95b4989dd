'use strict';
const { on, EventEmitter } = require('events');

async function main() {
  const e = new EventEmitter();
  process.nextTick(() => {
    e.emit('data', 1);
    e.emit('data', 2, 'two');
    e.emit('end');
  });
  const iterator = on(e, 'data', { close: ['end'] });
  for await (const args of iterator) console.log('data', args);
  console.log('loop ended', e.listenerCount('data'), e.listenerCount('end'));
  const e2 = new EventEmitter();
  process.nextTick(() => e2.emit('error', new Error('iteration failed')));
  try {
    for await (const x of on(e2, 'data')) console.log('unexpected', x);
  } catch (err) {
    console.log('caught', err.message);
  }
  const e3 = new EventEmitter();
  const it = on(e3, 'v');
  e3.emit('v', 'queued');
  console.log(await it.next());
  console.log(await it.return(), await it.next());
}
main();
