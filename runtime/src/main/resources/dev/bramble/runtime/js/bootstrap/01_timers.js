// SPDX-License-Identifier: Apache-2.0
'use strict';

const timers = require('timers');
const { queueMicrotask } = require('internal/process/task_queues');

const def = (name, value) => Object.defineProperty(globalThis, name,
  { value, writable: true, configurable: true, enumerable: true });
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  def(name, timers[name]);
}
def('queueMicrotask', queueMicrotask);
