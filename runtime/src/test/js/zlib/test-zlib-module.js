'use strict';
// zlib's exports, constants and codes, the hidden legacy constants, and crc32.
const zlib = require('zlib');

console.log(Object.keys(zlib).join(' '));
console.log(Object.keys(zlib.constants).length, zlib.constants.Z_BEST_COMPRESSION, zlib.constants.GZIP, zlib.constants.Z_MAX_CHUNK);
console.log(zlib.codes.Z_DATA_ERROR, zlib.codes['-3'], zlib.codes[2], Object.isFrozen(zlib.codes));
console.log(zlib.Z_SYNC_FLUSH, Object.keys(zlib).includes('Z_SYNC_FLUSH'), zlib.DEFLATE);
console.log(typeof zlib.Gzip, zlib.Gzip() instanceof zlib.Gzip, zlib.createInflateRaw() instanceof zlib.InflateRaw);
console.log(zlib.crc32(''), zlib.crc32('hello world'), zlib.crc32(Buffer.from('world'), zlib.crc32('hello ')));
console.log(zlib.crc32(new Uint8Array([1, 2, 3])), zlib.crc32('😀'));
