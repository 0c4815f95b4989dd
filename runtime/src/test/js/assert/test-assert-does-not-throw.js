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

check(() => assert.doesNotThrow(() => {}));
check(() => assert.doesNotThrow(() => { throw new Error('oops'); }));
check(() => assert.doesNotThrow(() => { throw new Error('oops'); }, 'with message'));
check(() => assert.doesNotThrow(() => { throw new TypeError('typed'); }, TypeError));
check(() => assert.doesNotThrow(() => { throw new TypeError('typed'); }, RangeError));
check(() => assert.doesNotThrow(() => { throw new Error('matches'); }, /match/));
