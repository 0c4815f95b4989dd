'use strict';
const { inspect } = require('util');

console.log(inspect([1, 2], { showHidden: true }));
console.log(inspect(function f(a, b) {}, { showHidden: true }));
const obj = {};
Object.defineProperty(obj, 'hidden', { value: 'h', enumerable: false });
Object.defineProperty(obj, Symbol('hs'), { value: 'sym', enumerable: false });
console.log(inspect(obj, { showHidden: true }));
console.log(inspect(new Error('e'), { showHidden: true }).split('\n')[0]);
class Point {
  constructor() { this.x = 1; }
}
Point.prototype.defaultY = 0;
console.log(inspect(new Point(), { showHidden: true }));
console.log(inspect(new Set([1]), true));
