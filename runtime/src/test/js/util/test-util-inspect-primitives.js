'use strict';
const { inspect } = require('util');

for (const v of [0, -0, 1.5, -42, NaN, Infinity, -Infinity, 2 ** 53, 1e21, 1e-7, 123456789.123]) {
  console.log(inspect(v));
}
for (const v of [0n, -5n, 12345678901234567890n]) console.log(inspect(v));
console.log(inspect(true), inspect(false), inspect(undefined), inspect(null));
console.log(inspect(Symbol('desc')), inspect(Symbol()), inspect(Symbol.iterator), inspect(Symbol.for('reg')));
console.log(inspect('plain'), inspect(''), inspect("it's"), inspect('say "hi" it\'s'));
console.log(inspect('all \' " ` three'), inspect('${x} \' "'));
