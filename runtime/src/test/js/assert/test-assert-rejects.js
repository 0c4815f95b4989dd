'use strict';
const assert = require('assert');

async function main() {
  const run = async (name, fn) => {
    try {
      await fn();
      console.log(name, 'passed');
    } catch (e) {
      console.log(name, e.code, e.operator, JSON.stringify(e.message));
    }
  };
  await run('rejects ok', () => assert.rejects(Promise.reject(new Error('no')), /no/));
  await run('rejects fn', () => assert.rejects(async () => { throw new TypeError('t'); }, TypeError));
  await run('missing', () => assert.rejects(Promise.resolve(1)));
  await run('missing msg', () => assert.rejects(Promise.resolve(1), Error, 'should reject'));
  await run('wrong', () => assert.rejects(Promise.reject(new Error('a')), { message: 'b' }));
  await run('not promise', () => assert.rejects(() => 5));
  await run('bad arg', () => assert.rejects(5));
  await run('doesNotReject ok', () => assert.doesNotReject(Promise.resolve()));
  await run('doesNotReject', () => assert.doesNotReject(Promise.reject(new Error('r'))));
  await run('doesNotReject msg', () => assert.doesNotReject(async () => { throw new Error('r'); }, 'msg'));
}
main();
