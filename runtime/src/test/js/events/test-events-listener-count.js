'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
const f = () => {};
e.on('a', f);
e.on('a', f);
e.once('a', f);
e.on('a', () => {});
console.log(e.listenerCount('a'), e.listenerCount('a', f), e.listenerCount('b'), e.listenerCount('a', () => {}));
console.log(EventEmitter.listenerCount(e, 'a'));
console.log(e.listeners('a').every((l) => typeof l === 'function'), e.rawListeners('a').length);
console.log(EventEmitter.getEventListeners(e, 'a').length, EventEmitter.getMaxListeners(e));
try {
  e.on('x', 'not a function');
} catch (err) {
  console.log(err.code, err.message);
}
