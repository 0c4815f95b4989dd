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

check(() => assert(true));
check(() => assert(false));
check(() => assert.ok(0 > 1));
check(() => assert.ok(typeof 123 === 'string'));
check(() => assert(null, 'custom message'));
check(() => assert.ok(''));
check(() => assert.ok());
check(() => assert(
  false,
));
check(() => assert.ok([].length, new TypeError('own error thrown')));
