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

check(() => assert.strictEqual(1, 1));
check(() => assert.strictEqual(1, 2));
check(() => assert.strictEqual(1, '1'));
check(() => assert.strictEqual(0, -0));
check(() => assert.strictEqual('hello world foo', 'hello world bar'));
check(() => assert.strictEqual({ a: 1 }, { a: 1 }));
check(() => assert.strictEqual({ a: 1 }, { a: 2 }));
check(() => assert.strictEqual(() => {}, () => {}));
check(() => assert.strictEqual(NaN, NaN));
check(() => assert.strictEqual([1, 2, 3], [1, 2, 4]));
check(() => assert.strictEqual('a\nb\nc', 'a\nx\nc'));
