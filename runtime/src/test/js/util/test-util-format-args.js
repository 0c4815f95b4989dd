'use strict';
const { format, formatWithOptions } = require('util');

console.log(format('only'), format('a', 'b', 3, { c: 4 }), format(1, 2, 'three'));
console.log(format('%s %s', 'one'), format('%s', 'a', 'extra', 7));
console.log(format(), format(null, undefined), format({ obj: true }, 'str'));
console.log(format('%s%%%s', 1, 2), format('%%s', 'x'), format('trailing %'));
console.log(JSON.stringify(formatWithOptions({ colors: true }, 'n=%d', 5, { a: 1 })));
console.log(formatWithOptions({ depth: 0 }, { a: { b: 1 } }));
try {
  formatWithOptions('bad', 'x');
} catch (e) {
  console.log(e.code, e.message);
}
