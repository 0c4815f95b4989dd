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

check(() => assert.throws('not a function'));
check(() => assert.throws(() => { throw new Error('x'); }, 123));
check(() => assert.throws(() => { throw new Error('x'); }, {}));
check(() => assert.throws(() => { throw new Error('same'); }, 'same'));
check(() => assert.throws(() => { throw new Error('x'); }, 'msg', 'extra'));
class Custom extends Error {}
check(() => assert.throws(() => { throw new Custom('c'); }, Error));
check(() => assert.throws(() => { throw new Error('plain'); }, Custom));
check(() => assert.throws(() => { throw { code: 'OBJ' }; }, { code: 'OBJ' }));
