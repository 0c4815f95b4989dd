'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
console.log(e.emit('nothing'), e.listenerCount('x'));
e.on('x', function (a, b) { console.log('first', a, b, this === e); });
e.addListener('x', (...args) => console.log('second', args.length));
console.log(e.emit('x', 1, 2), e.listenerCount('x'));
const sym = Symbol('sym-event');
e.on(sym, () => console.log('symbol event'));
e.emit(sym);
console.log(e.eventNames());
console.log(e.on('y', () => {}) === e, e.prependListener('x', () => console.log('prepended')) === e);
e.emit('x');
console.log(require('events') === EventEmitter, EventEmitter.EventEmitter === EventEmitter, typeof EventEmitter.once);
