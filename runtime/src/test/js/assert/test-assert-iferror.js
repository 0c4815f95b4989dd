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

check(() => assert.ifError(null));
check(() => assert.ifError(undefined));
check(() => assert.ifError(new Error('failure')));
check(() => assert.ifError('string error'));
check(() => assert.ifError(0));
check(() => assert.ifError(new TypeError('')));
check(() => assert.ifError({ message: 'object with message' }));
