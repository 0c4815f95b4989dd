'use strict';
// Corrupt, truncated and unexpected data fail with zlib's messages and codes (sync, callback and
// stream forms); bad options are refused with Node's range and type errors.
const zlib = require('zlib');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString() : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, JSON.stringify(e.message));
  }
}

const gz = zlib.gzipSync('some data to break');
const corrupt = Buffer.from(gz);
corrupt[corrupt.length - 6] ^= 0xff;
attempt('not gzip', () => zlib.gunzipSync(Buffer.from('plain text')));
attempt('not zlib', () => zlib.inflateSync(Buffer.from('plain text')));
attempt('truncated gzip', () => zlib.gunzipSync(gz.subarray(0, gz.length - 10)));
attempt('truncated header', () => zlib.gunzipSync(gz.subarray(0, 5)));
attempt('empty gunzip', () => zlib.gunzipSync(Buffer.alloc(0)));
attempt('empty inflate', () => zlib.inflateSync(Buffer.alloc(0)));
attempt('bad crc', () => zlib.gunzipSync(corrupt));
attempt('bad method', () => zlib.gunzipSync(Buffer.from([0x1f, 0x8b, 9, 0, 0, 0, 0, 0, 0, 3, 0])));
attempt('zero padding', () => zlib.gunzipSync(Buffer.concat([gz, Buffer.alloc(5)])));
attempt('trailing garbage', () => zlib.gunzipSync(Buffer.concat([gz, Buffer.from('xyz')])));
attempt('missing dictionary', () => zlib.inflateSync(zlib.deflateSync('abc', { dictionary: Buffer.from('abc') })));
attempt('wrong dictionary', () => zlib.inflateSync(zlib.deflateSync('abc', { dictionary: Buffer.from('abc') }), { dictionary: Buffer.from('xyz') }));
attempt('raw as zlib', () => zlib.inflateSync(zlib.deflateRawSync('abc')));
attempt('too large', () => zlib.gunzipSync(zlib.gzipSync(Buffer.alloc(1000)), { maxOutputLength: 100 }));
attempt('level', () => zlib.deflateSync('x', { level: 10 }));
attempt('level NaN is default', () => zlib.inflateSync(zlib.deflateSync('x', { level: NaN })));
attempt('level type', () => zlib.deflateSync('x', { level: '1' }));
attempt('level infinite', () => zlib.deflateSync('x', { level: Infinity }));
attempt('chunkSize', () => zlib.deflateSync('x', { chunkSize: 10 }));
attempt('windowBits', () => zlib.deflateSync('x', { windowBits: 7 }));
attempt('gzip windowBits 8', () => zlib.gzipSync('x', { windowBits: 8 }));
attempt('memLevel', () => zlib.deflateSync('x', { memLevel: 0 }));
attempt('strategy', () => zlib.deflateSync('x', { strategy: 5 }));
attempt('flush', () => zlib.createDeflate({ flush: 6 }));
attempt('dictionary type', () => zlib.deflateSync('x', { dictionary: 'abc' }));
attempt('input type', () => zlib.deflateSync(42));
attempt('no callback', () => zlib.deflate('x'));
attempt('crc32 type', () => zlib.crc32(5));
attempt('crc32 value', () => zlib.crc32('x', -1));

zlib.gunzip(Buffer.from('nope'), (err, res) => {
  console.log('callback', err.code, err.errno, err.message, res);
  const inflate = zlib.createInflate();
  inflate.on('error', (e) => console.log('stream error', e.code, e.message));
  inflate.on('close', () => console.log('stream closed', inflate.destroyed));
  inflate.end(Buffer.from('definitely not deflate'));
});
