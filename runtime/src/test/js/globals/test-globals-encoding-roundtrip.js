'use strict';
const strs = ['', 'ascii', 'héllo wörld', '€ and 😀', '\u0000\uffff'];
for (const s of strs) {
  const bytes = new TextEncoder().encode(s);
  console.log(bytes.length, new TextDecoder().decode(bytes) === s, Buffer.from(bytes).toString() === s, btoa(unescape(encodeURIComponent(s))));
}
