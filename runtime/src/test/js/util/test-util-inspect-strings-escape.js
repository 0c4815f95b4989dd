'use strict';
const { inspect } = require('util');

console.log(inspect('tab\there\nnewline\r\x00\x07\x1b\x7f\x9f'));
console.log(inspect('back\\slash'));
console.log(inspect('lone \ud800 high and \udc00 low, pair \ud83d\ude00'));
console.log(inspect('unicode é 日本 stays'));
const long = 'line one of a long text\nline two of a long text that keeps going on and on\nline three';
console.log(inspect(long));
console.log(inspect({ text: long }));
console.log(inspect('x'.repeat(100)));
console.log(inspect(['short', 'a much longer string that will not fit on one line with the others around it ok']));
