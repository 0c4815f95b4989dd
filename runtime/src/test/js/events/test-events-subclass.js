'use strict';
const EventEmitter = require('events');

class Door extends EventEmitter {
  open() {
    this.emit('open', 'wide');
    return this;
  }
}
const d = new Door();
d.on('open', (how) => console.log('door opened', how));
d.open();
console.log(d instanceof EventEmitter, Object.keys(d));
function Legacy() { EventEmitter.call(this); }
Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
const l = new Legacy();
l.once('x', () => console.log('legacy works'));
l.emit('x');
console.log(Object.getOwnPropertyNames(EventEmitter.prototype).join(' '));
console.log(Object.keys(EventEmitter).join(' '));
