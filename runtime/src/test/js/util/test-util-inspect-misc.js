'use strict';
const { inspect } = require('util');

console.log(inspect((function () { return arguments; })(1, 'two')), inspect((function () { return arguments; })()));
console.log(inspect(globalThis.process === undefined ? 'no process' : typeof process.pid));
console.log(inspect({ a: 1 }, true, 0, false));
console.log(inspect(new Array(3).fill({ same: 'ref' })));
const shared = { s: 1 };
console.log(inspect({ first: shared, second: shared }));
console.log(inspect(Object.freeze({ frozen: [1] })), inspect(Object.seal([1])));
console.log(inspect(new (class Empty {})()), inspect(new (class {})()));
console.log(inspect([function () {}, class {}, Symbol('in array')]));
