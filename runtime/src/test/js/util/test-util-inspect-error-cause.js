'use strict';
const { inspect } = require('util');

const cause = new Error('root cause');
cause.stack = 'Error: root cause';
const err = new Error('outer', { cause });
err.stack = 'Error: outer';
console.log(inspect(err));
const primitiveCause = new Error('with string cause', { cause: 'just text' });
primitiveCause.stack = 'Error: with string cause';
console.log(inspect(primitiveCause));
const agg = new AggregateError([cause, new TypeError('second')], 'many');
agg.stack = 'AggregateError: many';
agg.errors[1].stack = 'TypeError: second';
console.log(inspect(agg));
