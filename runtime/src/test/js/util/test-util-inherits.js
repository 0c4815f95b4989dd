'use strict';
const util = require('util');
const EventEmitter = require('events');

function Base() {}
Base.prototype.hello = function () { return 'hello from base'; };
function Child() { Base.call(this); }
util.inherits(Child, Base);
const c = new Child();
console.log(c.hello(), c instanceof Base, Child.super_ === Base);
console.log(Object.getOwnPropertyDescriptor(Child, 'super_'));
function Emitter() { EventEmitter.call(this); }
util.inherits(Emitter, EventEmitter);
const e = new Emitter();
e.on('x', (v) => console.log('got', v));
e.emit('x', 1);
for (const args of [[null, Base], [Child, null], [Child, {}]]) {
  try {
    util.inherits(...args);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
