'use strict';
const { once, EventEmitter } = require('events');

async function main() {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 'a', 'b'), 1);
  console.log('once resolved with', await once(e, 'ready'));
  setTimeout(() => e.emit('error', new Error('failed')), 1);
  try {
    await once(e, 'never');
  } catch (err) {
    console.log('once rejected with', err.message, e.listenerCount('never'), e.listenerCount('error'));
  }
  setTimeout(() => e.emit('error', new Error('as value')), 1);
  console.log('error event value', (await once(e, 'error'))[0].message);
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
  const [event] = await once(et, 'ping');
  console.log('EventTarget event', event.type);
  try {
    await once(e, 'x', null);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
main();
