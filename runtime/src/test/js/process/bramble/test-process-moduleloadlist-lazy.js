// SPDX-License-Identifier: Apache-2.0
'use strict';
// A start loads only what it needs: printing a string must not load util.inspect or the stream
// module (startup time), and process.moduleLoadList records what does load, in Node's words.
const atStart = process.moduleLoadList.slice();
console.log('hello world');
const afterHello = process.moduleLoadList.slice();

const assert = require('assert');
for (const list of [atStart, afterHello]) {
  assert(list.includes('NativeModule internal/errors'), list.join('\n'));
  assert(list.includes('NativeModule internal/console/constructor'), list.join('\n'));
  assert(list.some((entry) => entry.startsWith('Internal Binding ')), list.join('\n'));
  for (const lazy of ['internal/util/inspect', 'stream', 'util', 'buffer', 'url', 'assert']) {
    assert(!list.includes(`NativeModule ${lazy}`), `${lazy} loaded at startup:\n${list.join('\n')}`);
  }
}
assert.strictEqual(new Set(afterHello).size, afterHello.length, 'an entry twice');

// The list grows as modules load, and is the same array each time.
assert(process.moduleLoadList.includes('NativeModule assert'));
assert(process.moduleLoadList.includes('NativeModule internal/util/inspect'), 'assert uses inspect');
require('util').inspect({ a: 1 });
assert(process.moduleLoadList.includes('NativeModule util'));
assert.strictEqual(process.moduleLoadList, process.moduleLoadList);
assert.throws(() => { 'use strict'; process.moduleLoadList = []; }, TypeError);
