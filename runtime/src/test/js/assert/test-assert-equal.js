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

check(() => assert.equal(1, '1'));
check(() => assert.equal(1, 2));
check(() => assert.equal(NaN, NaN));
check(() => assert.equal(null, undefined));
check(() => assert.equal({ a: 1 }, { a: 1 }));
check(() => assert.notEqual(1, '1'));
check(() => assert.notEqual(1, 2));
check(() => assert.equal('a'.repeat(600), 'b'));
check(() => assert.equal(1));
check(() => assert.equal(1, 2, 'my message'));
