'use strict';
const { inspect } = require('util');

console.log(inspect(new Date(0)), inspect(new Date(Date.UTC(2024, 1, 29, 12, 30, 45, 123))));
console.log(inspect(new Date(NaN)));
const d = new Date(1000);
d.note = 'with prop';
console.log(inspect(d));
console.log(inspect(/ab+c/gi), inspect(/\//), inspect(new RegExp('x', 'dgimsuy')));
const re = /re/;
re.extra = 1;
console.log(inspect(re));
class MyRe extends RegExp {}
console.log(inspect(new MyRe('sub')), inspect({ r: /x/, d: new Date(0) }));
