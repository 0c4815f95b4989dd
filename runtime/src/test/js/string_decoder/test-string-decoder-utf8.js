'use strict';
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
const euro = Buffer.from('€');
console.log(JSON.stringify(d.write(euro.subarray(0, 1))), JSON.stringify(d.write(euro.subarray(1, 2))), JSON.stringify(d.write(euro.subarray(2))));
console.log(JSON.stringify(d.write(Buffer.from('f09f98', 'hex'))), d.lastNeed, d.lastTotal, JSON.stringify(d.end()));
console.log(JSON.stringify(d.write(Buffer.from('e282', 'hex'))), JSON.stringify(d.write(Buffer.from('41', 'hex'))), JSON.stringify(d.end(Buffer.from('eda0', 'hex'))));
console.log(d.encoding, new StringDecoder().encoding, new StringDecoder('UCS-2').encoding, new StringDecoder('binary').encoding);
