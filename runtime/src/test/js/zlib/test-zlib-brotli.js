'use strict';
// Brotli: compress/decompress in sync, callback and stream forms, quality and mode parameters,
// Node-made data, flush(), and the errors for bad parameters and truncated input.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_MODE, BROTLI_MODE_TEXT, BROTLI_PARAM_SIZE_HINT } = zlib.constants;

const text = fs.readFileSync(path.join(__dirname, 'fixtures', 'text.txt'));
console.log(zlib.brotliDecompressSync(fs.readFileSync(path.join(__dirname, 'fixtures', 'text.txt.node.br'))).equals(text));
for (const params of [{}, { [BROTLI_PARAM_QUALITY]: 1 }, { [BROTLI_PARAM_QUALITY]: 6, [BROTLI_PARAM_MODE]: BROTLI_MODE_TEXT },
  { [BROTLI_PARAM_SIZE_HINT]: text.length }]) {
  const packed = zlib.brotliCompressSync(text, { params });
  console.log(JSON.stringify(params), packed.length < text.length / 5, zlib.brotliDecompressSync(packed).equals(text));
}
console.log(zlib.brotliCompressSync('').length > 0, zlib.brotliDecompressSync(zlib.brotliCompressSync('')).length);
for (const [label, fn] of [
  ['truncated', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text).subarray(0, 50))],
  ['empty', () => zlib.brotliDecompressSync(Buffer.alloc(0))],
  ['bad param', () => zlib.brotliCompressSync('x', { params: { 42: 1 } })],
  ['bad param value', () => zlib.brotliCompressSync('x', { params: { [BROTLI_PARAM_QUALITY]: 'high' } })],
  ['bad flush', () => zlib.createBrotliCompress({ flush: 4 })],
]) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

zlib.brotliCompress(text, (err, packed) => {
  zlib.brotliDecompress(packed, (err2, back) => {
    console.log('callback', err, err2, back.equals(text));
    const enc = zlib.createBrotliCompress({ params: { [BROTLI_PARAM_QUALITY]: 4 } });
    const parts = [];
    enc.on('data', (c) => parts.push(c));
    enc.write(text.subarray(0, 1000));
    enc.flush(() => {
      const sofar = zlib.createBrotliDecompress();
      const got = [];
      sofar.on('data', (c) => got.push(c));
      sofar.write(Buffer.concat(parts), () => {
        console.log('decodable after flush', Buffer.concat(got).equals(text.subarray(0, 1000)));
        enc.end(text.subarray(1000));
      });
    });
    enc.on('end', () => console.log('stream', zlib.brotliDecompressSync(Buffer.concat(parts)).equals(text)));
    zlib.brotliDecompress(Buffer.from('garbage data'), (e) => console.log('corrupt', e.message));
  });
});
