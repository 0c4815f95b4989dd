'use strict';
const { inspect } = require('util');

console.log(inspect(Array.from({ length: 30 }, (_, i) => i * 37)));
console.log(inspect(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1))));
console.log(inspect(Array.from({ length: 10 }, (_, i) => -i * 1001)));
console.log(inspect(Array.from({ length: 12 }, (_, i) => (i % 2 ? i : `s${i}`))));
console.log(inspect({ nested: Array.from({ length: 40 }, (_, i) => i) }));
console.log(inspect(Array.from({ length: 8 }, (_, i) => ({ id: i }))));
console.log(inspect(Array.from({ length: 7 }, (_, i) => BigInt(i) ** 10n)));
