'use strict';
console.log(new URL('https://u:p@example.org:81/p?a=1&b=2#h'));
console.log(new URLSearchParams('a=1&b=2&a=3'), new URLSearchParams(''));
console.log(new URLSearchParams('a=1&b=2').keys(), new URLSearchParams('a=1').entries());
console.log(JSON.stringify({ u: new URL('http://a/b') }), String(new URL('http://a')), Object.prototype.toString.call(new URL('http://a')));
