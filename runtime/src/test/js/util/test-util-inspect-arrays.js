'use strict';
const { inspect } = require('util');

console.log(inspect([]), inspect([1, 2, 3]), inspect([[1, [2, [3, [4]]]]]));
console.log(inspect([1, , 3]), inspect(new Array(5)), inspect([, , 1, , , ]));
const extra = [1, 2];
extra.name = 'extra';
extra[-1] = 'neg';
console.log(inspect(extra));
console.log(inspect(Array.from({ length: 120 }, (_, i) => i)));
console.log(inspect([1, 2, 3, 4], { maxArrayLength: 2 }));
console.log(inspect([1, , , 4, 5], { maxArrayLength: 2 }));
console.log(inspect([undefined, null, NaN, -0]));
const sparse = [];
sparse[10] = 'ten';
console.log(inspect(sparse));
