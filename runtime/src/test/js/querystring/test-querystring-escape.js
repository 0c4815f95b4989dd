'use strict';
const qs = require('querystring');
console.log(qs.escape('a b&c=d/é€😀'), qs.escape(5), qs.escape({ toString() { return 'x y'; } }));
console.log(qs.unescape('a%20b+c'), qs.unescape('%E2%82%AC%zz'), qs.unescape('%'), qs.unescapeBuffer('a%41+%4').toString(), qs.unescapeBuffer('a+b', true).toString());
