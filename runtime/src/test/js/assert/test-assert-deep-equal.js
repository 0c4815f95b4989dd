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

check(() => assert.deepEqual({ a: [1, 2] }, { a: ['1', 2] }));
check(() => assert.deepEqual({ a: 1 }, { a: 2 }));
check(() => assert.deepEqual(new Set([1]), new Set(['1'])));
check(() => assert.deepEqual(new Map([[1, 'a']]), new Map([['1', 'a']])));
check(() => assert.deepEqual(Object.create(null), {}));
check(() => assert.deepEqual([1, 2, 3], [1, 2]));
check(() => assert.deepEqual(new Date(0), new Date(1)));
check(() => assert.deepEqual(/a/g, /a/g));
check(() => assert.deepEqual(NaN, NaN));
