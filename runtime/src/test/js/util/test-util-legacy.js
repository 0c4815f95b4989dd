'use strict';
const util = require('util');

console.log(util.isArray([]), util.isArray({}), util.isBoolean(false), util.isNull(null), util.isNullOrUndefined(undefined));
console.log(util.isNumber(1), util.isString('s'), util.isSymbol(Symbol()), util.isUndefined(undefined), util.isObject(null));
console.log(util.isRegExp(/x/), util.isDate(new Date()), util.isError(new Error()), util.isFunction(() => {}), util.isPrimitive({}));
console.log(util.isPrimitive('x'), util.isBuffer === undefined ? 'no' : typeof util.isBuffer);
console.log(util._extend({ a: 1 }, { b: 2, a: 3 }), util._extend({ a: 1 }, null));
console.log(Object.keys(util).filter((k) => !k.startsWith('MIME')).join(' '));
