'use strict';
const { inspect } = require('util');

console.log(inspect(Promise.resolve(42)), inspect(Promise.resolve({ a: [1, 2] })));
console.log(inspect(new Promise(() => {})));
const rejected = Promise.reject(new Error('nope'));
rejected.catch(() => {});
console.log(inspect(rejected).split('\n')[0]);
const rejectedValue = Promise.reject(3);
rejectedValue.catch(() => {});
console.log(inspect(rejectedValue));
const p = Promise.resolve('later');
p.extra = 1;
console.log(inspect(p), inspect({ nested: Promise.resolve(Promise.resolve(1)) }));
(async () => 'from async')().then(() => {});
console.log(inspect((async () => 'from async')()));
