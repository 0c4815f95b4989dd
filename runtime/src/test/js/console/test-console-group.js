'use strict';

console.group('Level 1');
console.log('inside 1');
console.group();
console.log('inside 2\nsecond line');
console.log({ nested: { obj: [1, 2, 3] } });
console.groupCollapsed('collapsed label');
console.log('inside 3');
console.groupEnd();
console.groupEnd();
console.log('back to 1');
console.groupEnd();
console.groupEnd();
console.log('top level');
