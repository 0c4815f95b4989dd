'use strict';
const { inspect } = require('util');

console.log(inspect(new Number(3)), inspect(new Number(-0)), inspect(new String('str')), inspect(new Boolean(false)));
console.log(inspect(Object(5n)), inspect(Object(Symbol('s'))));
const withProps = new String('ab');
withProps.extra = true;
console.log(inspect(withProps));
console.log(inspect(new String('ab'), { showHidden: true }));
class MyNumber extends Number {}
console.log(inspect(new MyNumber(7)), inspect([new Boolean(true)]));
