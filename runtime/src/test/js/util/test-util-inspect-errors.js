'use strict';
const { inspect } = require('util');

function make(Ctor, msg, props) {
  const e = new Ctor(msg);
  e.stack = `${e.name}: ${msg}`;
  return Object.assign(e, props);
}
console.log(inspect(make(Error, 'plain')));
console.log(inspect(make(TypeError, 'with code', { code: 'ERR_X', errno: 5 })));
class MyError extends Error {}
console.log(inspect(make(MyError, 'subclass')));
const renamed = make(RangeError, 'renamed');
renamed.name = 'Custom';
console.log(inspect(renamed));
const withStack = new Error('frames');
withStack.stack = 'Error: frames\n    at one (file.js:1:1)\n    at two (file.js:2:2)';
console.log(inspect(withStack));
console.log(inspect({ nested: make(Error, 'inner', { detail: [1, 2] }) }));
const noStack = new Error('no stack');
noStack.stack = '';
console.log(inspect(noStack));
