'use strict';
const qs = require('querystring');
for (const s of ['a=1&b=2&a=3', 'a&&b', '=', 'a==b', 'a=%20b+c', 'a%zz=%e2%82%ac', 'x=%41%', '__proto__=1', 'é=ü']) {
  console.log(JSON.stringify(s), qs.parse(s));
}
console.log(qs.parse('a:1;b:2', ';', ':'), qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
console.log(qs.parse('A=B+c', null, null, { decodeURIComponent: (s) => s.toLowerCase() }), Object.getPrototypeOf(qs.parse('a=1')));
