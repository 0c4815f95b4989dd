'use strict';
// Child processes: sequential execFile('true') and spawnSync('true') per second, and bytes/s
// through `cat` over stdin/stdout pipes. Prints one JSON line.
const { execFile, spawnSync, spawn } = require('child_process');

const N = 40;
const MB = 64;

function asyncRuns(n, done) {
  let i = 0;
  (function next() {
    if (i++ === n) return done();
    execFile('true', next);
  })();
}

function throughput(done) {
  const chunk = Buffer.alloc(65536, 'x');
  const cat = spawn('cat');
  let got = 0;
  const t = process.hrtime.bigint();
  cat.stdout.on('data', (d) => { got += d.length; });
  cat.on('close', () => done((got / 1048576) / (Number(process.hrtime.bigint() - t) / 1e9)));
  let sent = 0;
  (function write() {
    while (sent < MB * 16) {
      sent++;
      if (!cat.stdin.write(chunk)) return cat.stdin.once('drain', write);
    }
    cat.stdin.end();
  })();
}

asyncRuns(5, () => {
  let t = process.hrtime.bigint();
  asyncRuns(N, () => {
    const spawnPerSecond = N / (Number(process.hrtime.bigint() - t) / 1e9);
    for (let i = 0; i < 5; i++) spawnSync('true');
    t = process.hrtime.bigint();
    for (let i = 0; i < N; i++) spawnSync('true');
    const spawnSyncPerSecond = N / (Number(process.hrtime.bigint() - t) / 1e9);
    throughput((pipeMBps) => console.log(JSON.stringify({ spawnPerSecond, spawnSyncPerSecond, pipeMBps })));
  });
});
