'use strict';

console.table([1, 'two', { three: 3 }]);
console.table([[1, 2], [3, 4, 5]]);
console.table(new Map([['k1', { v: 1 }], ['k2', 'str']]));
console.table(new Set(['a', { b: 1 }]));
console.table(new Map([[1, 2]]).entries());
console.table(new Set([7, 8]).values());
console.table({ a: 1, b: 'two' });
try {
  console.table([], 'not an array');
} catch (e) {
  console.log(e.code, e.message);
}
