'use strict';
const events = require('events');

const e = new events.EventEmitter();
const t = new EventTarget();
events.setMaxListeners(3, e, t);
console.log(e.getMaxListeners(), events.getMaxListeners(t));
process.on('warning', (w) => console.log(w.name, w.message));
for (let i = 0; i < 4; i++) t.addEventListener('foo', () => {});
console.log(events.getEventListeners(t, 'foo').length);
try {
  events.setMaxListeners(1, {});
} catch (err) {
  console.log(err.code, err.message);
}
try {
  events.getEventListeners({}, 'x');
} catch (err) {
  console.log(err.code, err.message);
}
