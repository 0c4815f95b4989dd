'use strict';
const util = require('util');

const obj = { a: { b: { c: { d: 'deep' } } }, [util.inspect.custom]: () => 'CUSTOM' };
console.log(obj);
console.dir(obj);
console.dir(obj, { depth: 0 });
console.dir(obj, { depth: null, customInspect: true });
console.dir('string');
console.dir([1, 2], { showHidden: true });
