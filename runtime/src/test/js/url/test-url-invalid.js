'use strict';
for (const [input, base] of [['nope'], ['/x'], ['x', 'not a url'], ['http://a:99999/'], ['http://@/'], ['http:///']]) {
  try {
    console.log(new URL(input, base).href);
  } catch (e) {
    console.log(e.name, e.code, e.message, e.input, e.base);
  }
}
try { new URL(); } catch (e) { console.log(e.code, e.message); }
console.log(URL.canParse('https://x'), URL.canParse('x'), URL.canParse('x', 'https://y/'));
