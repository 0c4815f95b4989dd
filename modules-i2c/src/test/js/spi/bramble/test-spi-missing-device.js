// Flags: --allow-spi --board sim
// A bus/chip select the board lacks fails the open callback with ENODEV naming the devices it has.
const assert = require('assert');
const common = require('../../common');
const spi = require('spi-device');

assert.throws(() => spi.openSync(2, 0), (e) => e.code === 'ENODEV' && /spi2\.0/.test(e.message) && /spi0\.0, spi0\.1/.test(e.message));
spi.open(3, 3, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENODEV');
}));
