'use strict';
const { inspect } = require('util');

const map = new Map([[1, 'a'], [2, 'b']]);
console.log(inspect(map.keys()), inspect(map.values()), inspect(map.entries()));
const set = new Set(['x', 'y']);
console.log(inspect(set.values()), inspect(set.entries()));
const it = map.keys();
it.next();
console.log(inspect(it));
const done = set.values();
done.next();
done.next();
done.next();
console.log(inspect(done));
console.log(inspect([1, 2][Symbol.iterator]()), inspect('ab'[Symbol.iterator]()));
console.log(inspect((function* () { yield 1; })()));
