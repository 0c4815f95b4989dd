'use strict';
const b = Buffer.from([0x68, 0xc3, 0xa9, 0xff, 0x00, 0x7f, 0x80, 0xe2, 0x82, 0xac]);
for (const enc of ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'ucs2']) {
  console.log(enc, JSON.stringify(b.toString(enc)));
}
console.log(JSON.stringify(b.toString('utf8', 1, 3)), JSON.stringify(b.toString('hex', -5, 100)), JSON.stringify(b.toString(undefined, 4, 2)));
