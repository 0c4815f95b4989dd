'use strict';
const props = (u) => [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash].join(' | ');
for (const s of ['HTTP://User:Pa ss@EXAMPLE.com:80/a/../b/./c?x=1 2#f g', 'https://ex.org:8443', 'ws://h:80/', 'wss://h:443/x', 'ftp://h:21/f', 'http:\\\\host\\p\\q', 'https://a.b/%7Efoo/ü?ü#ü']) {
  console.log(props(new URL(s)));
}
