'use strict';
const { once, EventEmitter } = require('events');

async function main() {
  const e = new EventEmitter();
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 1);
  try {
    await once(e, 'never', { signal: ac.signal });
  } catch (err) {
    console.log(err.name, err.code, err.message, e.listenerCount('never'));
  }
  try {
    await once(e, 'never', { signal: AbortSignal.abort() });
  } catch (err) {
    console.log('pre-aborted:', err.name);
  }
  try {
    await once(e, 'x', { signal: 'not a signal' });
  } catch (err) {
    console.log(err.code, err.message);
  }
}
main();
