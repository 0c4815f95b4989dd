'use strict';
const { isUtf8, isAscii } = require('buffer');
for (const h of ['6869', 'c3a9', 'c3', 'eda080', 'f48fbfbf', 'f4908080', 'ff', '']) {
  const b = Buffer.from(h, 'hex');
  console.log(h || '(empty)', isUtf8(b), isAscii(b), isUtf8(b.buffer.slice(b.byteOffset, b.byteOffset + b.length)));
}
try { isUtf8('str'); } catch (e) { console.log(e.code, e.message); }
