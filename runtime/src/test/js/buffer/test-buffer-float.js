'use strict';
const b = Buffer.alloc(8);
b.writeFloatLE(1.5, 0);
b.writeFloatBE(-0.1, 4);
console.log(b, b.readFloatLE(0), b.readFloatBE(4));
for (const v of [Math.PI, -0, Infinity, NaN, 1e-310, Number.MAX_VALUE]) {
  b.writeDoubleBE(v, 0);
  console.log(b.toString('hex'), Object.is(b.readDoubleBE(0), v) || (Number.isNaN(v) && Number.isNaN(b.readDoubleBE(0))), b.readDoubleLE(0));
}
b.writeFloatLE(3.4e39, 0);
console.log(b.readFloatLE(0));
