'use strict';
// Data compressed by Node's zlib (fixtures written by Node 20) and by GNU gzip (a member with a
// file name and mtime) decompresses to the original.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const fixture = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', name));
const text = fixture('text.txt');
console.log(zlib.gunzipSync(fixture('text.txt.node.gz')).equals(text));
console.log(zlib.unzipSync(fixture('text.txt.node.gz')).equals(text));
console.log(zlib.inflateSync(fixture('text.txt.node.deflate')).equals(text));
console.log(zlib.unzipSync(fixture('text.txt.node.deflate')).equals(text));
console.log(zlib.inflateRawSync(fixture('text.txt.node.raw')).equals(text));
console.log(zlib.inflateSync(fixture('text.txt.node.dict.deflate'), {
  dictionary: Buffer.from('the quick brown fox jumps over the lazy dog'),
}).equals(text));
console.log(JSON.stringify(zlib.gunzipSync(fixture('named-by-gzip.gz')).toString()));
const twoMembers = Buffer.concat([fixture('text.txt.node.gz'), zlib.gzipSync('second member')]);
console.log(zlib.gunzipSync(twoMembers).length === text.length + 13);
zlib.gunzip(fixture('text.txt.node.gz'), (err, out) => {
  console.log('async', err, out.equals(text));
  const gunzip = zlib.createGunzip();
  const parts = [];
  gunzip.on('data', (c) => parts.push(c));
  gunzip.on('end', () => console.log('stream', Buffer.concat(parts).equals(text)));
  const gz = fixture('text.txt.node.gz');
  for (let i = 0; i < gz.length; i += 7) gunzip.write(gz.subarray(i, i + 7));
  gunzip.end();
});
