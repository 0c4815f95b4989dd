'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
console.log(e);
e.on('x', function named() {});
e.on('x', () => {});
e.once('y', function onceFn() {});
console.log(e);
console.log(new (class Custom extends EventEmitter {})({ captureRejections: true }));
