// File copy through streams: createReadStream(src).pipe(createWriteStream(dst)) of a 64 MiB file in a
// fresh folder under os.tmpdir(), three times; prints the best copy's MiB/s. Making the file is not timed.
const fs = require('fs');
const os = require('os');
const path = require('path');

const MIB = Number(process.argv[2] || 64);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-fs-'));
const src = path.join(dir, 'src.bin');
const block = Buffer.alloc(1 << 20);
for (let i = 0; i < block.length; i++) block[i] = (i * 31 + (i >> 8)) & 0xff;
const fd = fs.openSync(src, 'w');
for (let i = 0; i < MIB; i++) fs.writeSync(fd, block);
fs.closeSync(fd);

function copy(n) {
  const dst = path.join(dir, `dst${n}.bin`);
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    fs.createReadStream(src).pipe(fs.createWriteStream(dst)).on('close', () => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (fs.statSync(dst).size !== MIB << 20) reject(new Error('short copy'));
      fs.unlinkSync(dst);
      resolve(ms);
    }).on('error', reject);
  });
}

(async () => {
  const times = [];
  for (let n = 0; n < 3; n++) times.push(await copy(n));
  fs.rmSync(dir, { recursive: true });
  const best = Math.min(...times);
  console.log(JSON.stringify({ mib: MIB, firstMs: Math.round(times[0]), bestMs: Math.round(best),
    mibPerSecond: Math.round(MIB / (best / 1000)), firstMibPerSecond: Math.round(MIB / (times[0] / 1000)) }));
})();
