'use strict';
const { inspect } = require('util');

console.log(inspect(new Uint8Array([1, 2, 255])), inspect(new Int16Array(0)), inspect(new Float64Array([1.5, -0])));
console.log(inspect(new BigInt64Array([1n, -2n])), inspect(new Uint8ClampedArray(3)));
console.log(inspect(new Uint8Array(200)));
console.log(inspect(new ArrayBuffer(4)), inspect(new Uint16Array([1, 256]).buffer));
console.log(inspect(new ArrayBuffer(120)));
console.log(inspect(new DataView(new ArrayBuffer(3), 1)));
console.log(inspect(new Uint8Array([1, 2]), { showHidden: true }));
const ta = new Int32Array([7]);
ta.label = 'x';
console.log(inspect(ta));
console.log(inspect(new Uint32Array(Array.from({ length: 20 }, (_, i) => i * 1000))));
