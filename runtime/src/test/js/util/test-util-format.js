'use strict';
const { format } = require('util');

console.log(format('%s|%s|%s', 'str', 42, 42n));
console.log(format('%s', { a: { b: { c: 1 } } }), format('%s', [1, [2, [3]]]));
console.log(format('%s', null), format('%s', undefined), format('%s', Symbol('x')), format('%s', -0));
console.log(format('%s', { toString() { return 'custom toString'; } }));
console.log(format('%s', new Error('err as %s').message), format('%s', function fn() {}));
console.log(format('%d|%d|%d|%d', '42', 1.5, 2n, {}), format('%d', -0), format('%d', Symbol('s')));
console.log(format('%i|%i|%i', '42.9', -1.9, 3n), format('%f|%f', '1.5x', 'abc'));
console.log(format('%j', { j: [1, 'two'] }), format('%j', 'str'), format('%j', undefined));
const circ = {};
circ.self = circ;
console.log(format('%j', circ));
console.log(format('%o', [1, { a: 2 }]));
console.log(format('%O', { deep: { deeper: { deepest: { bottom: 1 } } } }));
console.log(format('%c styled %c', 'color: red', 'x'));
console.log(format('100%% sure, %s', 'yes'), format('%x %s', 'unknown'), format('%', 'lone'));
