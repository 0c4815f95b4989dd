'use strict';
const base = 'https://user@base.org/dir/file?bq#bh';
for (const s of ['', '?q', '#h', 'other', '../up', '/abs', '//host2/x', 'http://a/', './a/./b/../c', '..', 'g;x?y#s']) {
  console.log(JSON.stringify(s), new URL(s, base).href);
}
console.log(new URL('x', new URL('file:///C:/dir/f')).href, new URL('/y', 'sc://h/a/b').href);
