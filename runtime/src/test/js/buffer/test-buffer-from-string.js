'use strict';
// Buffer.from(string, encoding) for every encoding Node knows.
for (const enc of ['utf8', 'utf-8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'utf16le', 'UTF-16LE']) {
  const src = enc === 'hex' ? '68c3a9' : enc.startsWith('base64') ? 'aGk-_w==' : 'héllo €';
  console.log(enc, Buffer.from(src, enc));
}
try { Buffer.from('x', 'nope'); } catch (e) { console.log(e.name, e.code, e.message); }
