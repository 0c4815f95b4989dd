'use strict';
// util.inspect and util.types see promise states, proxies and iterator entries through
// UtilBinding, which reads GraalJS internals: this fails loudly if an engine upgrade breaks that.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect(Promise.resolve({ a: 1 })), 'Promise { { a: 1 } }');
assert.strictEqual(util.inspect(new Promise(() => {})), 'Promise { <pending> }');
const rejected = Promise.reject(7);
rejected.catch(() => {});
assert.strictEqual(util.inspect(rejected), 'Promise { <rejected> 7 }');
assert.strictEqual(util.types.isProxy(new Proxy({}, {})), true);
assert.strictEqual(util.types.isProxy({}), false);
assert.strictEqual(util.inspect(new Proxy({ t: 1 }, { get: () => 'trap' })), '{ t: 1 }');
const map = new Map([['k', 'v'], ['k2', 'v2']]);
const it = map.entries();
it.next();
assert.strictEqual(util.inspect(it), "[Map Entries] { [ 'k2', 'v2' ] }");
assert.strictEqual(util.types.isNativeError(Object.create(Error.prototype)), false);
assert.strictEqual(util.types.isNativeError(new RangeError()), true);
assert.strictEqual(util.types.isAsyncFunction(async () => {}), true);
assert.strictEqual(util.types.isGeneratorObject((function* () {})()), true);
assert.strictEqual(util.inspect(class extends Map {}), '[class (anonymous) extends Map]');
