'use strict';
const EventEmitter = require('events');

process.on('warning', (w) => {
  console.log(w.name, w.message);
  console.log(w.type, w.count, w.emitter instanceof EventEmitter);
});
const e = new EventEmitter();
console.log(e.getMaxListeners(), EventEmitter.defaultMaxListeners);
for (let i = 0; i < 11; i++) e.on('leak', () => {});
for (let i = 0; i < 3; i++) e.on('leak', () => {});
const limited = new EventEmitter().setMaxListeners(1);
limited.on(Symbol('sym'), () => {});
console.log(limited.getMaxListeners());
const unlimited = new EventEmitter().setMaxListeners(0);
for (let i = 0; i < 20; i++) unlimited.on('many', () => {});
for (const bad of [-1, 'x', NaN]) {
  try {
    e.setMaxListeners(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
try {
  EventEmitter.defaultMaxListeners = -5;
} catch (err) {
  console.log(err.code, err.message);
}
