'use strict';
const util = require('util');
const b = Buffer.from('hi');
console.log(JSON.stringify(b), JSON.stringify(Buffer.alloc(0)));
console.log(util.inspect(Buffer.alloc(60, 1)));
console.log(util.inspect(Buffer.alloc(51)));
b.extra = 'yes';
console.log(util.inspect(b), util.inspect(Buffer.alloc(0)));
console.log(`${Buffer.from('str')}`, String(Buffer.from([0xe2, 0x82, 0xac])));
