'use strict';
const qs = require('querystring');
console.log(qs.stringify({ a: 1, b: [1, 2], c: 'x y', d: '' }));
console.log(qs.stringify({ n: null, u: undefined, nan: NaN, inf: Infinity, t: true, big: 1n, o: {}, f() {} }));
console.log(qs.stringify({ 'é €': "!'()*~-._" }), qs.stringify({ a: [] , b: 1 }), qs.stringify('str'), qs.stringify({ a: 1 }, ';', ':'));
console.log(qs.stringify({ a: 'b c' }, null, null, { encodeURIComponent: (s) => `<${s}>` }), qs.encode === qs.stringify, qs.decode === qs.parse);
try { qs.stringify({ a: '\ud800' }); } catch (e) { console.log(e.name, e.code, e.message); }
