'use strict';
const { inspect } = require('util');

const target = { a: 1, nested: { b: 2 } };
const handler = { get: () => 'trapped', ownKeys: () => ['fake'] };
const proxy = new Proxy(target, handler);
console.log(inspect(proxy));
console.log(inspect(proxy, { showProxy: true }));
console.log(inspect(new Proxy([1, 2], {})), inspect(new Proxy(function f() {}, {})));
const { proxy: revocable, revoke } = Proxy.revocable({}, {});
revoke();
console.log(inspect(revocable), inspect({ inner: revocable }));
console.log(inspect(new Proxy(new Proxy({ deep: true }, {}), {}), { showProxy: true }));
