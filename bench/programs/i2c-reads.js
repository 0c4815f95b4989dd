// I2C transfers per second against the simulated BME280 (0x76 on i2c-1): readByteSync in a loop, the
// callback readByte one after another, and 8-byte readI2cBlockSync (a sensor's data burst). Each is run
// for a warm-up second, then measured for two seconds.
const i2c = require('i2c-bus');

const bus = i2c.openSync(1);
const buf = Buffer.alloc(8);

function timed(op, seconds) {
  const end = Date.now() + seconds * 1000;
  let n = 0;
  const t0 = process.hrtime.bigint();
  while (Date.now() < end) {
    for (let i = 0; i < 100; i++) op();
    n += 100;
  }
  return n / (Number(process.hrtime.bigint() - t0) / 1e9);
}

function asyncRate(seconds, done) {
  let n = 0;
  const t0 = process.hrtime.bigint();
  const end = Date.now() + seconds * 1000;
  const next = () => bus.readByte(0x76, 0xd0, (err) => {
    if (err) throw err;
    n++;
    if (Date.now() < end) next();
    else done(n / (Number(process.hrtime.bigint() - t0) / 1e9));
  });
  next();
}

timed(() => bus.readByteSync(0x76, 0xd0), 1);
const sync = timed(() => bus.readByteSync(0x76, 0xd0), 2);
timed(() => bus.readI2cBlockSync(0x76, 0xf7, 8, buf), 1);
const block = timed(() => bus.readI2cBlockSync(0x76, 0xf7, 8, buf), 2);
asyncRate(1, () => asyncRate(2, (perSecond) => {
  console.log(JSON.stringify({ syncPerSecond: Math.round(sync), blockPerSecond: Math.round(block), asyncPerSecond: Math.round(perSecond) }));
  bus.closeSync();
}));
