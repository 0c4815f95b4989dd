'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor saw', err.message));
try {
  e.emit('error', new Error('unhandled'));
} catch (err) {
  console.log('still thrown', err.message);
}
e.on('error', (err) => console.log('handler saw', err.message));
e.emit('error', new Error('handled'));
console.log(EventEmitter.errorMonitor.toString(), e.listenerCount(EventEmitter.errorMonitor));
