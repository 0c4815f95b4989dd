'use strict';
const { inspect } = require('util');

class Foo {
  constructor() {
    this.x = 1;
  }
}
class Bar extends Foo {}
class Tagged {
  get [Symbol.toStringTag]() {
    return 'TagName';
  }
}
console.log(inspect(new Foo()), inspect(new Bar()), inspect(new Tagged()));
console.log(inspect(Object.create(null)), inspect(Object.assign(Object.create(null), { k: 'v' })));
console.log(inspect(new (class extends Array {})(3)), inspect(new (class MyMap extends Map {})([[1, 2]])));
console.log(inspect(new (class MySet extends Set {})()), inspect(Object.setPrototypeOf([1, 2], null)));
console.log(inspect({ [Symbol.toStringTag]: 'Own' }), inspect(Object.create({ [Symbol.toStringTag]: 'Inherited' })));
console.log(inspect(Object.create(Foo.prototype)), inspect(Foo.prototype), inspect(Object.prototype));
function Legacy() {
  this.v = 1;
}
console.log(inspect(new Legacy()), inspect(Object.create(Object.create(null))));
console.log(inspect(Math), inspect(JSON), inspect(globalThis.Reflect).slice(0, 9));
