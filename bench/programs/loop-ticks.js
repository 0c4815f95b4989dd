// Event-loop throughput: a chain of 1,000,000 turns, alternating setImmediate and promise ticks.
const N = 1_000_000;
const start = process.hrtime.bigint();
let i = 0;
function step() {
  if (++i >= N) {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    console.log(JSON.stringify({ turns: N, ms: Math.round(ms), perSecond: Math.round(N / (ms / 1000)) }));
    return;
  }
  if (i % 2) setImmediate(step);
  else Promise.resolve().then(step);
}
step();
