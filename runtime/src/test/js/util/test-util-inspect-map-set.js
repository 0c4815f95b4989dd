'use strict';
const { inspect } = require('util');

console.log(inspect(new Map()), inspect(new Set()));
console.log(inspect(new Map([[1, 'one'], ['two', { n: 2 }], [{ k: 1 }, [1, 2]]])));
console.log(inspect(new Set([1, 'two', [3], { four: 4 }])));
console.log(inspect(new Map([[new Map([[1, 2]]), new Set([3])]])));
console.log(inspect(new Set(Array.from({ length: 5 }, (_, i) => i)), { maxArrayLength: 2 }));
console.log(inspect(new Map(Array.from({ length: 5 }, (_, i) => [i, i])), { maxArrayLength: 1 }));
const m = new Map([['a', 1]]);
m.extra = 'prop';
console.log(inspect(m));
console.log(inspect(new WeakMap()), inspect(new WeakSet()));
console.log(inspect(new Map(Array.from({ length: 30 }, (_, i) => [`key${i}`, i]))));
