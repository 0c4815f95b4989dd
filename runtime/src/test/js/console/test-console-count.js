'use strict';

process.on('warning', (w) => console.log('warning:', w.message));
console.count();
console.count();
console.count('label');
console.count('default');
console.countReset();
console.count();
console.countReset('missing');
console.count(42);
console.count({ toString() { return 'obj'; } });
