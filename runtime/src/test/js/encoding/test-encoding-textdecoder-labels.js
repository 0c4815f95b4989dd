'use strict';
for (const label of ['utf8', ' UTF-8 ', 'unicode-1-1-utf-8', 'utf-16le', 'utf-16', 'ucs-2', 'latin1', 'ascii', 'iso-8859-1']) {
  console.log(JSON.stringify(label), new TextDecoder(label).encoding);
}
console.log(new TextDecoder('utf-16le').decode(Buffer.from('fffe61003dd800de', 'hex')), new TextDecoder('latin1').decode(Buffer.from('e9ff', 'hex')));
try { new TextDecoder('bogus'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(require('util').TextDecoder === TextDecoder);
