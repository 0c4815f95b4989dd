'use strict';
const { isDeepStrictEqual } = require('util');

const pairs = [
  [{ a: [1, 2] }, { a: [1, 2] }], [{ a: 1 }, { a: '1' }], [NaN, NaN], [0, -0],
  [[1, , 3], [1, undefined, 3]], [new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])],
  [new Set([{ a: 1 }, 2]), new Set([2, { a: 1 }])], [new Set([1]), new Set(['1'])],
  [new Date(0), new Date(0)], [new Date(0), new Date(1)], [/a/g, /a/g], [/a/g, /a/i],
  [Object.create(null), {}], [new Number(1), new Number(1)], [new Number(1), 1],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1]), new Int8Array([1])],
  [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')],
  [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 1 }], [{ [Symbol.for('s')]: 1 }, {}],
  [[1, 2], { 0: 1, 1: 2, length: 2 }], [new ArrayBuffer(2), new ArrayBuffer(2)],
  [{ a: undefined }, {}], [new Map([[{}, 1]]), new Map([[{}, 1]])], [() => {}, () => {}],
];
for (const [a, b] of pairs) console.log(isDeepStrictEqual(a, b));
const c1 = { v: 1 };
c1.self = c1;
const c2 = { v: 1 };
c2.self = c2;
console.log('circular', isDeepStrictEqual(c1, c2));
