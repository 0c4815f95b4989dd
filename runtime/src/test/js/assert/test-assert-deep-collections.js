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

check(() => assert.deepStrictEqual(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])));
check(() => assert.deepStrictEqual(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 2 }, 'v']])));
check(() => assert.deepStrictEqual(new Set([[1], [2]]), new Set([[2], [1]])));
check(() => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
check(() => assert.deepStrictEqual(new Date(0), new Date(0)));
check(() => assert.deepStrictEqual([1, , 3], [1, undefined, 3]));
const a = { x: 1 };
a.self = a;
const b = { x: 1 };
b.self = b;
check(() => assert.deepStrictEqual(a, b));
check(() => assert.deepStrictEqual(new Number(1), new Number(2)));
check(() => assert.deepStrictEqual(Object.assign([1], { extra: true }), [1]));
