// gzip throughput: 32 MiB of log-like text through zlib.createGzip() and back through createGunzip(),
// in memory, twice; prints the better run's input MiB/s for each direction.
const zlib = require('zlib');
const { Readable, Writable, pipeline } = require('stream');

const MIB = 32;
const line = (i) => `2024-05-01T12:${String(i % 60).padStart(2, '0')}:00Z sensor=${i % 17} temp=${(i * 37) % 400 / 10} ok\n`;
let text = '';
for (let i = 0; text.length < 1 << 20; i++) text += line(i);
const chunk = Buffer.from(text.slice(0, 1 << 20));

function run(transform, chunks) {
  const start = process.hrtime.bigint();
  const out = [];
  return new Promise((resolve, reject) => {
    pipeline(Readable.from(chunks), transform, new Writable({
      write(c, e, cb) { out.push(c); cb(); },
    }), (err) => (err ? reject(err) : resolve([Number(process.hrtime.bigint() - start) / 1e6, out])));
  });
}

(async () => {
  let best = { gzip: Infinity, gunzip: Infinity };
  for (let n = 0; n < 2; n++) {
    const [gzMs, packed] = await run(zlib.createGzip(), Array(MIB).fill(chunk));
    const [gunMs, back] = await run(zlib.createGunzip(), packed);
    if (back.reduce((s, b) => s + b.length, 0) !== MIB << 20) throw new Error('round trip lost data');
    best = { gzip: Math.min(best.gzip, gzMs), gunzip: Math.min(best.gunzip, gunMs) };
  }
  console.log(JSON.stringify({ gzipMibPerSecond: Math.round(MIB / (best.gzip / 1000)),
    gunzipMibPerSecond: Math.round(MIB / (best.gunzip / 1000)) }));
})();
