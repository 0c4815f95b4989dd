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

check(() => assert.throws(() => { throw new TypeError('wrong type'); }, TypeError));
check(() => assert.throws(() => { throw new TypeError('wrong type'); }, /wrong/));
check(() => assert.throws(() => { throw new TypeError('wrong type'); }, { name: 'TypeError', message: /type$/ }));
check(() => assert.throws(() => { throw new Error('x'); }, (err) => err.message === 'x'));
check(() => assert.throws(() => { throw new Error('x'); }, new Error('x')));
check(() => assert.throws(() => {}));
check(() => assert.throws(() => {}, TypeError, 'should throw'));
check(() => assert.throws(() => {}, 'just a message'));
check(() => assert.throws(() => { throw new TypeError('x'); }, RangeError));
check(() => assert.throws(() => { throw new Error('actual msg'); }, /expected/));
check(() => assert.throws(() => { throw new Error('x'); }, { message: 'y', code: 'E' }));
check(() => assert.throws(() => { throw new Error('x'); }, function validate() { return false; }));
check(() => assert.throws(() => { throw 'a string'; }, { message: 'm' }));
