'use strict';
const util = require('util');

async function ok(x) { return x * 2; }
async function bad() { throw new TypeError('bad thing'); }
async function falsy() { throw null; }
const cbOk = util.callbackify(ok);
console.log(cbOk.name, cbOk.length);
cbOk(21, (err, v) => console.log('ok', err, v));
util.callbackify(bad)((err) => console.log('bad', err.name, err.message));
util.callbackify(falsy)((err) => console.log('falsy', err.code, err.message, err.reason));
try {
  util.callbackify(ok)(1, 'not a function');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  util.callbackify(null);
} catch (e) {
  console.log(e.code, e.message);
}
