'use strict';
const util = require('util');

const show = (v, o) => console.log(JSON.stringify(util.inspect(v, { colors: true, ...o })));
show(1);
show('s');
show([null, undefined, true, 5n, Symbol('s')]);
show({ d: new Date(0), r: /x/, f() {} });
show(new Map([[1, 'a']]));
show([1, , 3]);
console.log(Object.keys(util.inspect.styles).join(','));
console.log(util.inspect.colors.red, util.inspect.colors.grey, util.inspect.colors.bgBlackBright);
console.log(Object.keys(util.inspect.colors).length);
util.inspect.styles.number = 'red';
show(7);
