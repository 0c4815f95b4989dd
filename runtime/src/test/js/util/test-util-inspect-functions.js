'use strict';
const { inspect } = require('util');

function named() {}
const anon = (() => () => {})();
console.log(inspect(named), inspect(anon), inspect(function () {}));
console.log(inspect(async function af() {}), inspect(function* gen() {}), inspect(async function* agen() {}));
class A {}
console.log(inspect(class A {}), inspect(class B extends A {}), inspect(class {}));
class Static {
  static prop = 1;
}
console.log(inspect(Static), inspect(Math.max), inspect(Array), inspect(named.bind(null)));
const withProps = function withProps() {};
withProps.extra = { deep: true };
console.log(inspect(withProps));
const nullProto = function np() {};
Object.setPrototypeOf(nullProto, null);
console.log(inspect(nullProto));
console.log(inspect({ method() {}, async am() {}, *gm() {}, get g() { return 1; } }));
