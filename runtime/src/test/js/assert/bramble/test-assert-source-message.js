'use strict';
// assert.ok() without a message quotes the failing call from the program's source, read through
// the module loader (no --allow-read needed), even across lines.
const assert = require('assert');
const common = require('../../common');

assert.throws(() => assert.ok(1 > 2), common.expectsError({
  code: 'ERR_ASSERTION',
  generatedMessage: true,
  message: 'The expression evaluated to a falsy value:\n\n  assert.ok(1 > 2)\n',
}));
assert.throws(() => assert(
  [].length,
), common.expectsError({
  message: 'The expression evaluated to a falsy value:\n\n  assert(\n  [].length,\n  )\n',
}));
const values = { empty: '' };
assert.throws(() => assert.strict.ok(values.empty), {
  message: 'The expression evaluated to a falsy value:\n\n  assert.strict.ok(values.empty)\n',
});
