'use strict';
const util = require('util');

function legacy(a, b, cb) {
  setTimeout(() => (a < 0 ? cb(new Error('negative')) : cb(null, a + b)), 1);
}
const p = util.promisify(legacy);
console.log(typeof p, p.name, p.length);
p(1, 2).then((v) => console.log('resolved', v));
p(-1, 2).catch((e) => console.log('rejected', e.message));
function withCustom() {}
withCustom[util.promisify.custom] = () => Promise.resolve('custom!');
console.log(util.promisify(withCustom) === withCustom[util.promisify.custom]);
util.promisify(withCustom)().then((v) => console.log(v));
const thrower = util.promisify(() => { throw new Error('sync throw'); });
thrower().catch((e) => console.log('caught', e.message));
try {
  util.promisify('nope');
} catch (e) {
  console.log(e.code, e.message);
}
console.log(util.promisify.custom);
