'use strict';
const url = require('url');
for (const s of ['http://user:pw@Host.COM:8080/p/a/t/h?query=string#hash', '/foo/bar?x=1', '//host/path', 'mailto:x@y.com', 'javascript:alert(1)', 'HTTP://x.com\\a\\b?c\\d', 'http://a b.com/x', 'http://[::1]:80/x', 'http://ex.com/a b<c>']) {
  console.log({ ...url.parse(s) });
}
console.log({ ...url.parse('//host/p?a=1&a=2', true, true), query: { ...url.parse('//host/p?a=1&a=2', true, true).query } });
