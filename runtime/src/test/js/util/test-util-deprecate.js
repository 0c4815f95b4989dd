'use strict';
const util = require('util');

process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
const old = util.deprecate(function oldFn(x) { return x + 1; }, 'oldFn() is deprecated', 'DEP_TEST1');
console.log(old(1), old(2));
const sameCode = util.deprecate(() => 'second', 'same code again', 'DEP_TEST1');
sameCode();
const noCode = util.deprecate(() => 'nocode', 'no code here');
noCode();
noCode();
class Old {}
const Wrapped = util.deprecate(Old, 'class Old is deprecated');
console.log(new Wrapped() instanceof Old, new Wrapped() instanceof Wrapped);
console.log(typeof old, old.name);
