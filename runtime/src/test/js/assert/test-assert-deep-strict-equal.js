'use strict';
const assert = require('assert');

function check(fn) {
  try {
    fn();
    console.log('passed');
  } catch (e) {
    console.log(`${e.name} [${e.code}] generated=${e.generatedMessage} operator=${e.operator}`);
    console.log(e.message);
    console.log('---');
  }
}

check(() => assert.deepStrictEqual({ a: 1, b: [1, 2, 3] }, { a: 1, b: [1, 2, 4] }));
check(() => assert.deepStrictEqual({ a: 1 }, { a: '1' }));
check(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]));
check(() => assert.deepStrictEqual([1, 2, 3, 4], [1, 2]));
check(() => assert.deepStrictEqual(new Set([1]), new Set([2])));
check(() => assert.deepStrictEqual(new Map([['k', { v: 1 }]]), new Map([['k', { v: 2 }]])));
check(() => assert.deepStrictEqual({ s: Symbol('x') }, { s: Symbol('x') }));
check(() => assert.deepStrictEqual(Object.create(null), {}));
check(() => assert.deepStrictEqual([1, [2, [3]]], [1, [2, [3]]]));
check(() => assert.deepStrictEqual(new Error('a'), new Error('b')));
