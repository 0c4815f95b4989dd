'use strict';
const assert = require('assert');
const strict = require('assert/strict');

console.log(strict === assert.strict, strict.strict === strict, strict.equal === assert.strictEqual);
console.log(strict.deepEqual === assert.deepStrictEqual, strict.notEqual === assert.notStrictEqual);
try {
  strict.equal(1, '1');
} catch (e) {
  console.log(e.operator, JSON.stringify(e.message));
}
try {
  strict(false);
} catch (e) {
  console.log(JSON.stringify(e.message));
}
console.log(Object.keys(assert).join(' '));
console.log(typeof assert.CallTracker, require('node:assert') === assert);
