'use strict';
const crypto = require('crypto');
const ids = new Set();
for (let i = 0; i < 50; i++) ids.add(crypto.randomUUID());
console.log(ids.size, [...ids].every((u) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u)));
const seen = new Set();
for (let i = 0; i < 500; i++) seen.add(crypto.randomInt(3, 6));
console.log([...seen].sort(), crypto.randomInt(1) === 0);
crypto.randomInt(10, (err, n) => console.log('async', err, n >= 0 && n < 10));
for (const f of [() => crypto.randomInt(5, 2), () => crypto.randomInt(1.5), () => crypto.randomInt(0, 2 ** 49), () => crypto.randomInt(2 ** 49)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
