// SPDX-License-Identifier: Apache-2.0
'use strict';
// assert.CallTracker (deprecated since Node 20, DEP0173): counts calls of wrapped functions and
// verify() fails unless each was called exactly the expected number of times.

const { AssertionError } = require('internal/assert/assertion_error');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } } = require('internal/errors');

const noop = () => {};
let warned = false;

class CallTracker {
  #callChecks = new Set();
  #trackedFunctions = new WeakMap();

  constructor() {
    if (!warned) {
      warned = true;
      process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
    }
  }

  #getTrackedFunction(tracked) {
    if (!this.#trackedFunctions.has(tracked)) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return this.#trackedFunctions.get(tracked);
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const context of this.#callChecks) context.calls = [];
      return;
    }
    this.#getTrackedFunction(tracked).calls = [];
  }

  getCalls(tracked) {
    return this.#getTrackedFunction(tracked).calls.map((call) => Object.freeze({ ...call }));
  }

  calls(fn, expected = 1) {
    const callChecks = this.#callChecks;
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
    if (typeof expected !== 'number') throw new ERR_INVALID_ARG_TYPE('expected', 'number', expected);
    if (!Number.isInteger(expected) || expected < 1) throw new ERR_OUT_OF_RANGE('expected', '>= 1 && <= 4294967295', expected);
    const context = {
      expected,
      calls: [],
      name: fn.name || 'calls',
      stackTrace: new Error(),
    };
    callChecks.add(context);
    const tracked = new Proxy(fn, {
      apply(target, thisArg, argList) {
        context.calls.push({ thisArg, arguments: argList });
        if (context.calls.length === context.expected) callChecks.delete(context);
        return Reflect.apply(target, thisArg, argList);
      },
    });
    this.#trackedFunctions.set(tracked, context);
    return tracked;
  }

  report() {
    const errors = [];
    for (const context of this.#callChecks) {
      const message = `Expected the ${context.name} function to be executed ${context.expected} time(s) ` +
        `but was executed ${context.calls.length} time(s).`;
      errors.push({
        message,
        actual: context.calls.length,
        expected: context.expected,
        operator: context.name,
        stack: context.stackTrace,
      });
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = CallTracker;
