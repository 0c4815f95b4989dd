'use strict';
const { inspect } = require('util');

const obj = {
  get plain() { return 42; },
  get obj() { return { nested: true }; },
  get nul() { return null; },
  set onlySet(v) {},
  get both() { return 'b'; },
  set both(v) {},
  get throws() { throw new Error('boom'); },
};
console.log(inspect(obj));
console.log(inspect(obj, { getters: true }));
console.log(inspect(obj, { getters: 'get' }));
console.log(inspect(obj, { getters: 'set' }));
