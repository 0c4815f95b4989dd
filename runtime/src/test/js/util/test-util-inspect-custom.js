'use strict';
const util = require('util');

class Money {
  constructor(amount) { this.amount = amount; }
  [util.inspect.custom](depth, options, inspect) {
    return `Money<${inspect(this.amount, options)}>`;
  }
}
console.log(util.inspect(new Money(5)), util.inspect({ wallet: [new Money(1), new Money(2)] }));
const multi = { [Symbol.for('nodejs.util.inspect.custom')]: () => 'line1\nline2' };
console.log(util.inspect({ a: { b: multi } }));
const returnsObject = { [util.inspect.custom]: () => ({ replaced: true }) };
console.log(util.inspect(returnsObject));
const seen = { [util.inspect.custom](depth, opts) { return `depth=${depth} keys=${Object.keys(opts).join(',')}`; } };
console.log(util.inspect({ x: { y: seen } }));
console.log(util.inspect({ x: seen }, { custom: 'opt' }).includes('custom'));
const self = { [util.inspect.custom]() { return this; }, v: 1 };
console.log(util.inspect(self));
console.log(util.inspect(new Money(9), { customInspect: false }));
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
