'use strict';

console.table([{ a: 1, b: 'xy' }, { a: 22, c: true }]);
console.table({ row1: { col: 'v1' }, row2: { col: 'v2', other: [1, 2, 3, 4] } });
console.table([{ name: 'x', nested: { deep: { deeper: 1 } } }, { name: 'yy', nested: { a: 1, b: 2, c: 3 } }]);
console.table([{ a: 1, b: 2 }, { a: 3, b: 4 }], ['b']);
console.table([]);
console.table('not tabular');
console.table(null);
console.table([{ 'long header name': '日本語', x: 'e\u0301' }]);
