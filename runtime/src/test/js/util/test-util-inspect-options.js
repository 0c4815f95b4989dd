'use strict';
const { inspect } = require('util');

const value = { a: [1, 2, { b: 'text', c: [3, 4] }], d: new Map([['k', { e: 5 }]]), f: 'str' };
console.log(inspect(value, { compact: false }));
console.log(inspect(value, { compact: true }));
console.log(inspect(value, { compact: 1 }));
console.log(inspect(value, { breakLength: Infinity }));
console.log(inspect(value, { breakLength: 20 }));
console.log(inspect({ z: 1, a: 2, m: { y: 1, b: 2 } }, { sorted: true }));
console.log(inspect({ z: 1, a: 2 }, { sorted: (x, y) => (x < y ? 1 : -1) }));
console.log(inspect('abcdefghij', { maxStringLength: 4 }), inspect(['x'.repeat(20)], { maxStringLength: 1 }));
console.log(inspect([1234567.891, 10000, -1e6, 1234n, 0.0001234], { numericSeparator: true }));
console.log(inspect(new Array(3).fill('x'.repeat(30)), { compact: 3, breakLength: 80 }));
