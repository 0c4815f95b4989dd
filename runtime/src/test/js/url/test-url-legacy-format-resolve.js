'use strict';
const url = require('url');
console.log(url.format({ protocol: 'https', hostname: 'x.com', pathname: '/a b', query: { q: 'a b', r: [1, 2] } }));
console.log(url.format({ protocol: 'http:', host: 'h:1', search: 'x=1', hash: 'y', auth: 'u:p w' }), url.format({ protocol: 'file', pathname: '/x' }));
console.log(url.format('http://a.com/x?y#z'), url.format(new URL('https://u:p@xn--bcher-kva.de/p?q#h'), { auth: false, fragment: false, search: false, unicode: true }));
try { url.format(5); } catch (e) { console.log(e.code, e.message); }
for (const [a, b] of [['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'], ['http://a/b/c', '../d'], ['http://a/b', 'http://x/y']]) {
  console.log(url.resolve(a, b));
}
