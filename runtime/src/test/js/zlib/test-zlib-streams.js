'use strict';
// zlib streams: piping through createGzip/createGunzip, chunkSize bounding the output chunks,
// flush() making what was written so far decodable, params() changing the level mid-stream,
// bytesWritten, reset(), close() and the events in order.
const zlib = require('zlib');
const { pipeline, PassThrough, Readable } = require('stream');

const input = Buffer.from(Array.from({ length: 3000 }, (_, i) => `record ${i} value ${i * 31 % 97}\n`).join(''));

function collect(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => resolve(chunks));
    stream.on('error', reject);
  });
}

(async () => {
  const gzip = zlib.createGzip({ chunkSize: 1024 });
  const events = [];
  for (const e of ['finish', 'end', 'close']) gzip.on(e, () => events.push(e));
  const packedChunks = collect(gzip);
  for (let i = 0; i < input.length; i += 5000) gzip.write(input.subarray(i, i + 5000));
  gzip.end();
  const chunks = await packedChunks;
  await new Promise((r) => gzip.on('close', r));
  console.log(gzip instanceof zlib.Gzip, gzip instanceof require('stream').Transform, events.join(' '));
  console.log('chunks within chunkSize', chunks.every((c) => c.length <= 1024), chunks.length > 1, gzip.bytesWritten);
  console.log('round trip', zlib.gunzipSync(Buffer.concat(chunks)).equals(input));

  const deflate = zlib.createDeflate();
  const got = [];
  deflate.on('data', (c) => got.push(c));
  deflate.write('first part ');
  await new Promise((r) => deflate.flush(r));
  const partial = zlib.inflateSync(Buffer.concat(got), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  console.log('after flush', JSON.stringify(partial.toString()));
  await new Promise((r) => deflate.params(0, zlib.constants.Z_DEFAULT_STRATEGY, r));
  deflate.end('second part');
  await new Promise((r) => deflate.on('end', r));
  console.log('after params', zlib.inflateSync(Buffer.concat(got)).toString(), deflate._level);

  await new Promise((resolve) => {
    pipeline(Readable.from([input.subarray(0, 40000), input.subarray(40000)]), zlib.createDeflateRaw({ level: 3 }),
      zlib.createInflateRaw(), new PassThrough(), async function* (source) {
        let n = 0;
        for await (const c of source) n += c.length;
        console.log('pipeline bytes', n === input.length);
      }, (err) => {
        console.log('pipeline done', err);
        resolve();
      });
  });

  const unzip = zlib.createUnzip();
  const out = collect(unzip);
  unzip.end(zlib.gzipSync('auto-detected gzip'));
  console.log((await out).join(''));
  const inflate = zlib.createInflate();
  inflate.close(() => console.log('closed', inflate._closed, inflate.destroyed));
})();
