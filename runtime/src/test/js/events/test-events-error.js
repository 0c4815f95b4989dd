'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
for (const args of [[new Error('real error')], ['a string'], [], [{ code: 42 }], [undefined], [null]]) {
  try {
    e.emit('error', ...args);
  } catch (err) {
    console.log(err.name, err.code, err.message, err.context);
  }
}
const typeErr = new TypeError('typed');
try {
  e.emit('error', typeErr);
} catch (err) {
  console.log(err === typeErr);
}
e.on('error', (err) => console.log('handled:', err.message));
console.log(e.emit('error', new Error('with listener')));
