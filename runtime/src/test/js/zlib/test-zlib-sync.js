'use strict';
// The Sync forms: every compressor with its decompressors, the input kinds they take, levels,
// strategies, dictionaries, info: true, empty input, and the exact bytes of level 0 (stored) output.
const zlib = require('zlib');

const text = Buffer.from('Bramble on a Pi: '.repeat(200) + 'ünïcödé ✓');
const pairs = [
  ['deflateSync', ['inflateSync', 'unzipSync']],
  ['gzipSync', ['gunzipSync', 'unzipSync']],
  ['deflateRawSync', ['inflateRawSync']],
];
for (const [c, ds] of pairs) {
  for (const opts of [undefined, { level: 1 }, { level: 9, memLevel: 9 }, { strategy: zlib.constants.Z_HUFFMAN_ONLY }, { chunkSize: 64 }]) {
    const packed = zlib[c](text, opts);
    console.log(c, JSON.stringify(opts), packed.length < text.length, ds.map((d) => zlib[d](packed).equals(text)).join());
  }
}
console.log(zlib.inflateSync(zlib.deflateSync('a string')).toString());
console.log(zlib.gunzipSync(zlib.gzipSync(new Uint16Array([0x6968, 0x2121]))).toString());
console.log(zlib.inflateSync(zlib.deflateSync(new Uint8Array([1, 2, 3]).buffer)));
console.log(zlib.inflateRawSync(zlib.deflateRawSync(new DataView(new ArrayBuffer(4)))));
for (const f of ['deflateSync', 'gzipSync', 'deflateRawSync']) console.log(f, 'stored', zlib[f]('stored!', { level: 0 }).toString('hex'));
console.log('empty', zlib.deflateSync('', { level: 0 }).toString('hex'), zlib.gzipSync(Buffer.alloc(0), { level: 0 }).toString('hex'));
console.log(zlib.inflateSync(zlib.deflateSync(Buffer.alloc(0))).length, zlib.gunzipSync(zlib.gzipSync('')).length);

const dictionary = Buffer.from('Bramble on a Pi: ');
const withDict = zlib.deflateSync(text, { dictionary });
console.log('dictionary', zlib.inflateSync(withDict, { dictionary }).equals(text));
const rawDict = zlib.deflateRawSync(text, { dictionary });
console.log('raw dictionary', zlib.inflateRawSync(rawDict, { dictionary }).equals(text));
const { buffer, engine } = zlib.gzipSync(text, { info: true });
console.log('info', engine.constructor.name, engine.bytesWritten, zlib.gunzipSync(buffer).length, engine._closed);

const big = Buffer.alloc(3 << 20, 'abcdefgh');
const bigPacked = zlib.gzipSync(big);
console.log('big', bigPacked.length < 100000, zlib.gunzipSync(bigPacked).equals(big));
