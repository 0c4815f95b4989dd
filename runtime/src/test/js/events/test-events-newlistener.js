'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
e.on('newListener', (event, listener) => console.log('newListener', String(event), listener.name));
e.on('removeListener', (event, listener) => console.log('removeListener', String(event), listener.name));
function foo() {}
function bar() {}
e.on('foo', foo);
e.once('bar', bar);
e.emit('bar');
e.removeListener('foo', foo);
e.on('baz', foo);
e.on('baz', bar);
e.removeAllListeners('baz');
e.removeAllListeners();
console.log(e.eventNames());
