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

process.on('warning', (w) => console.log('warning', w.name, w.code));
check(() => assert.fail());
check(() => assert.fail('boom'));
check(() => assert.fail(new TypeError('own error')));
check(() => assert.fail(1, 2));
check(() => assert.fail(1, 2, undefined, '>'));
check(() => assert.fail(1, 2, 'with message'));
