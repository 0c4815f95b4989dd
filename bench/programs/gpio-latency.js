// Simulated GPIO: edge-to-callback latency (press on the simulated button -> watch callback, through
// the same worker-thread -> loop path as a real board's edge events) and output toggles per second.
// Runs on Bramble's simulated board only: Node + onoff needs a real GPIO chip.
const { Gpio } = require('gpio');
const sim = require('bramble:sim');

const EDGES = 2000;
const TOGGLES = 200_000;
const button = new Gpio(4, 'in', 'both', { activeLow: true, bias: 'pull-up' });
const lat = [];
let pressedAt = 0n;
let n = 0;

function next() {
  pressedAt = process.hrtime.bigint();
  if (n % 2 === 0) sim.button('button').press();
  else sim.button('button').release();
}

button.watch((err) => {
  if (err) throw err;
  lat.push(Number(process.hrtime.bigint() - pressedAt) / 1000);
  if (++n < EDGES) setImmediate(next);
  else finish();
});

function finish() {
  button.unexport();
  const led = new Gpio(17, 'out');
  const start = process.hrtime.bigint();
  for (let i = 0; i < TOGGLES; i++) led.writeSync(i & 1);
  const s = Number(process.hrtime.bigint() - start) / 1e9;
  led.unexport();
  const sorted = lat.slice(EDGES / 10).sort((a, b) => a - b); // the first 10% warm the JIT up
  const p = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  console.log(JSON.stringify({ p50us: p(0.5).toFixed(1), p99us: p(0.99).toFixed(1), togglesPerSecond: Math.round(TOGGLES / s) }));
}

next();
