// SPDX-License-Identifier: Apache-2.0
'use strict';
// process.nextTick and promise-rejection tracking. The queue lives here; Java reads tickInfo
// (shared memory, no call) after every callback and calls processTicksAndRejections until both
// flags are clear. Microtasks run in between: GraalJS drains them whenever a call returns to Java.

const binding = internalBinding('process');
const tickInfo = new Int32Array(new ArrayBuffer(binding.tickInfo()));
const kHasTick = 0;
const kHasRejection = 1;

let queue = [];
let head = 0;

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (process._exiting) return;
  queue.push({ callback, args });
  tickInfo[kHasTick] = 1;
}

// Rejections GraalJS reported as unhandled once the microtask queue drained.
const pendingRejections = [];

function onUnhandledRejection(reason, promise) {
  pendingRejections.push({ reason, promise });
  tickInfo[kHasRejection] = 1;
}

function processTicksAndRejections() {
  while (head < queue.length) {
    const { callback, args } = queue[head++];
    // Reset before the call: if the callback throws, the ticks queued after it still run later.
    if (head === queue.length) {
      queue = [];
      head = 0;
      tickInfo[kHasTick] = 0;
    }
    callback(...args);
  }
  tickInfo[kHasTick] = 0;
  if (tickInfo[kHasRejection]) processRejections();
}

function processRejections() {
  tickInfo[kHasRejection] = 0;
  while (pendingRejections.length > 0) {
    const { reason, promise } = pendingRejections.shift();
    if (process.emit('unhandledRejection', reason, promise)) continue;
    // Node's default mode, --unhandled-rejections=throw: it becomes an uncaught exception.
    let err = reason;
    if (!(reason instanceof Error)) {
      const { inspect } = require('internal/util/inspect');
      err = new Error('This error originated either by throwing inside of an async function without a catch ' +
        'block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the' +
        ` reason "${inspect(reason)}".`);
      err.name = 'UnhandledPromiseRejection';
      err.code = 'ERR_UNHANDLED_REJECTION';
    }
    require('internal/process/execution').fatalException(err, true);
  }
}

// Every callback from Java runs through here, so the nextTick queue drains before GraalJS runs
// the microtasks (which it does when this call returns).
function callbackTrampoline(fn, ...args) {
  const result = fn(...args);
  if (tickInfo[kHasTick] !== 0) processTicksAndRejections();
  return result;
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  Promise.resolve().then(() => callback());
}

module.exports = { nextTick, processTicksAndRejections, callbackTrampoline, onUnhandledRejection, queueMicrotask };
