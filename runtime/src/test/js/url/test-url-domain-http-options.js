'use strict';
const url = require('url');
for (const d of ['español.com', 'xn--iñvalid.com', 'EXAMPLE.com', 'xn--espaol-zwa.com', '中文.com', '1.2.3']) {
  console.log(d, JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}
console.log(url.urlToHttpOptions(new URL('https://a:b%20c@[::1]:8080/p?q=1#h')));
console.log(url.urlToHttpOptions(new URL('http://x.com/')));
