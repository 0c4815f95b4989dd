'use strict';
const assert = require('assert');
const util = require('util');

try {
  assert.strictEqual(1, 2);
} catch (e) {
  console.log(e instanceof assert.AssertionError, e instanceof Error, e.name, e.code);
  console.log(Object.keys(e), e.actual, e.expected, e.operator, e.generatedMessage);
  console.log(e.toString());
  console.log(e.stack.split('\n')[0]);
  console.log(Object.prototype.hasOwnProperty.call(e, 'name'));
}
const custom = new assert.AssertionError({ actual: 'a'.repeat(600), expected: 'b', operator: 'strictEqual', message: 'custom' });
console.log(custom.message, custom.generatedMessage, custom.actual.length);
const direct = new assert.AssertionError({ actual: 1, expected: 2, operator: '<' });
console.log(direct.message);
try {
  new assert.AssertionError('not an object');
} catch (e) {
  console.log(e.code, e.message);
}
