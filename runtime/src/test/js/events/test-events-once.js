'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
function handler(v) { console.log('once got', v); }
e.once('a', handler);
console.log(e.listeners('a')[0] === handler, e.rawListeners('a')[0] === handler, e.rawListeners('a')[0].listener === handler);
console.log(e.rawListeners('a')[0].name);
e.emit('a', 1);
e.emit('a', 2);
console.log(e.listenerCount('a'));
e.once('b', () => console.log('b1'));
e.prependOnceListener('b', () => console.log('b0'));
e.emit('b');
e.emit('b');
const raw = (e.once('c', handler), e.rawListeners('c')[0]);
raw('called raw');
raw('not again');
e.once('d', handler);
e.removeListener('d', handler);
console.log(e.emit('d', 'removed before firing'));
