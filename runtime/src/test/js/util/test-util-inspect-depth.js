'use strict';
const { inspect } = require('util');

const deep = { l1: { l2: { l3: { l4: { l5: 'bottom' } } } }, arr: [[[[['deep']]]]] };
console.log(inspect(deep));
console.log(inspect(deep, { depth: 0 }));
console.log(inspect(deep, { depth: 1 }));
console.log(inspect(deep, { depth: null }));
console.log(inspect(deep, { depth: Infinity }));
console.log(inspect(deep, false, 0));
console.log(inspect(new Map([['k', { a: { b: { c: 1 } } }]]), { depth: 1 }));
console.log(inspect({ m: new Map([[1, 2]]), s: new Set([1]) }, { depth: 0 }));
console.log(inspect({ a: [1, 2] }, { depth: -1 }));
