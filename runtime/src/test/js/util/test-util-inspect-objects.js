'use strict';
const { inspect } = require('util');

console.log(inspect({}), inspect({ a: 1 }), inspect({ a: { b: { c: {} } } }));
console.log(inspect({ 'a-b': 1, 'c d': 2, _ok: 3, $no: 4, 1: 5, '01': 6, "q'uote": 7 }));
console.log(inspect({ [Symbol('sym')]: 1, [Symbol()]: 2, [Symbol.for('x\ny')]: 3 }));
console.log(inspect({ ['__proto__']: 1 }));
console.log(inspect({ a: 'x'.repeat(30), b: 'y'.repeat(30), c: 'z'.repeat(30) }));
console.log(inspect({ fn() {}, arrow: () => {}, undef: undefined, nul: null }));
const nonEnum = { visible: 1 };
Object.defineProperty(nonEnum, 'hidden', { value: 2, enumerable: false });
console.log(inspect(nonEnum), inspect(nonEnum, { showHidden: true }));
console.log(inspect(Object.assign(Object.create({ inherited: 1 }), { own: 2 })));
