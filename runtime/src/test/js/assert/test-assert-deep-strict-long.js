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

const make = (last) => Array.from({ length: 10 }, (_, i) => ({ x: i === 9 ? last : i + 1 }));
check(() => assert.deepStrictEqual(make(10), make(11)));
const big = (n) => Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i === n ? 'changed' : i]));
check(() => assert.deepStrictEqual(big(-1), big(15)));
check(() => assert.deepStrictEqual(big(0), big(29)));
const lines = (n) => Array.from({ length: 80 }, (_, i) => (i % n === 0 ? `diff${i}` : i));
check(() => assert.deepStrictEqual(lines(3), lines(5)));
check(() => assert.deepStrictEqual('x'.repeat(30), 'x'.repeat(29) + 'y'));
