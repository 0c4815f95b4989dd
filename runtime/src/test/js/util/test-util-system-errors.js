'use strict';
const util = require('util');

console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-111));
console.log(util.getSystemErrorMap().get(-98), util.getSystemErrorMap().size > 50);
console.log(util.getSystemErrorName(-99999));
for (const bad of [2, 'x', 0]) {
  try {
    util.getSystemErrorName(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
