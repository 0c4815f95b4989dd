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

check(() => assert.match('abc', /b/));
check(() => assert.match('abc', /x/));
check(() => assert.match(123, /1/));
check(() => assert.match('abc', /x/, 'custom'));
check(() => assert.doesNotMatch('abc', /x/));
check(() => assert.doesNotMatch('abc', /b/));
check(() => assert.match('abc', 'b'));
check(() => assert.match('x', /y/, new RangeError('own')));
