'use strict';

console.log('hello', 'world', 42, { a: [1, 2, { b: 3 }] });
console.info('info goes to stdout');
console.debug('debug too, %s', 'formatted');
console.dirxml({ dirxml: true }, [1]);
console.log();
console.log('%s is %d years', 'Bob', 42.9, 'and more');
console.log(null, undefined, -0, 10n, Symbol('s'));
console.log(new Map([['k', new Set([1])]]));
console.log('multi\nline');
console.error('this is stderr and not recorded');
console.warn('also stderr');
