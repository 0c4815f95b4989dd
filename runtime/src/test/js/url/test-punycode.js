'use strict';
const punycode = require('punycode');
for (const s of ['mañana', 'bücher', '例え', 'abc', '😀x']) console.log(s, punycode.encode(s), punycode.decode(punycode.encode(s)));
console.log(punycode.toASCII('mañana.com'), punycode.toASCII('user@bücher.de'), punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('xn--ls8h.la'));
console.log(punycode.ucs2.decode('a😀'), punycode.ucs2.encode([97, 0x1f600]), punycode.version);
try { punycode.decode('ü'); } catch (e) { console.log(e.name, e.message); }
