// SPDX-License-Identifier: Apache-2.0
'use strict';
// Helpers for Bramble's self-checking JS tests, like Node's test/common: mustCall/mustNotCall
// verify call counts when the process exits; expectsError builds a validator for assert.throws.

const assert = require('assert');

const mustCallChecks = [];

function runCallChecks(exitCode) {
  if (exitCode !== 0) return;
  const failed = mustCallChecks.filter((context) => {
    if ('minimum' in context) return context.actual < context.minimum;
    return context.actual !== context.exact;
  });
  for (const context of failed) {
    const expected = 'minimum' in context ? `at least ${context.minimum}` : `exactly ${context.exact}`;
    process.stderr.write(`Mismatched ${context.name} function calls. Expected ${expected}, actual ${context.actual}.\n` +
      `${context.stack.split('\n').slice(2).join('\n')}\n`);
  }
  if (failed.length) process.exit(1);
}

function track(fn, context) {
  if (mustCallChecks.length === 0) process.on('exit', runCallChecks);
  context.actual = 0;
  context.name = fn.name || '<anonymous>';
  context.stack = new Error().stack;
  mustCallChecks.push(context);
  const wrapped = function (...args) {
    context.actual++;
    return Reflect.apply(fn, this, args);
  };
  Object.defineProperty(wrapped, 'length', { value: fn.length });
  Object.defineProperty(wrapped, 'name', { value: fn.name });
  return wrapped;
}

const noop = () => {};

/** Returns a wrapper of `fn` that must be called exactly `exact` times (default 1) before exit. */
function mustCall(fn, exact) {
  if (typeof fn === 'number') {
    exact = fn;
    fn = noop;
  } else if (fn === undefined) {
    fn = noop;
  }
  return track(fn, { exact: exact === undefined ? 1 : exact });
}

/** Like mustCall, but at least `minimum` calls (default 1). */
function mustCallAtLeast(fn, minimum) {
  if (typeof fn === 'number') {
    minimum = fn;
    fn = noop;
  } else if (fn === undefined) {
    fn = noop;
  }
  return track(fn, { minimum: minimum === undefined ? 1 : minimum });
}

/** A function that fails the test if it is ever called. */
function mustNotCall(msg) {
  const callSite = new Error().stack.split('\n').slice(2, 3).join('\n');
  return function mustNotCall(...args) {
    const argsInfo = args.length > 0 ? `\ncalled with arguments: ${args.map((a) => require('util').inspect(a)).join(', ')}` : '';
    assert.fail(`${msg || 'function should not have been called'} at ${callSite.trim()}${argsInfo}`);
  };
}

/** A node-style callback that must be called (once by default) without an error. */
function mustSucceed(fn, exact) {
  return mustCall(function (err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function') return Reflect.apply(fn, this, args);
  }, exact);
}

/**
 * A validator for assert.throws/rejects or a callback (err) => {}: every key of `validator`
 * must equal (or, for a RegExp and a string property, match) the error's.
 */
function expectsError(validator, exact) {
  return mustCall((...args) => {
    if (args.length !== 1) {
      // Callback style: (err, ...) — the error is the first argument.
      assert(args[0] instanceof Error, 'expected an error as first argument');
    }
    const error = args[0];
    for (const [key, expected] of Object.entries(validator)) {
      const actual = error[key];
      if (expected instanceof RegExp && typeof actual === 'string') {
        assert.match(actual, expected, `error.${key}`);
      } else if (typeof expected === 'function' && key !== 'type') {
        assert(expected(actual), `error.${key} did not pass the check`);
      } else if (key === 'type') {
        assert(error instanceof expected, `error is not an instance of ${expected.name}`);
      } else {
        assert.deepStrictEqual(actual, expected, `error.${key}`);
      }
    }
    return true;
  }, exact);
}

module.exports = {
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustSucceed,
  expectsError,
};
