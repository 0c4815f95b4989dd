'use strict';
const util = require('util');

console.log(util.inspect.defaultOptions);
const saved = { ...util.inspect.defaultOptions };
util.inspect.defaultOptions.depth = 0;
console.log(util.inspect({ a: { b: 1 } }));
util.inspect.defaultOptions = { compact: false, depth: 2 };
console.log(util.inspect({ a: 1 }));
util.inspect.defaultOptions = saved;
console.log(util.inspect({ a: { b: 1 } }));
try {
  util.inspect.defaultOptions = null;
} catch (e) {
  console.log(e.code, e.message);
}
console.log(util.inspect({ a: 1 }, { unknownOption: true }));
