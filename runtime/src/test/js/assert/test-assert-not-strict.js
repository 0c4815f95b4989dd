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

check(() => assert.notStrictEqual(1, 1));
check(() => assert.notStrictEqual('longer string', 'longer string'));
check(() => assert.notStrictEqual(1, 2));
const obj = { a: 1 };
check(() => assert.notStrictEqual(obj, obj));
check(() => assert.notDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }));
check(() => assert.notDeepStrictEqual({ a: 1 }, { a: 2 }));
check(() => assert.notDeepEqual([1], ['1']));
check(() => assert.notDeepEqual(1, 2));
check(() => assert.notDeepEqual({ a: 1 }, { a: '1' }));
