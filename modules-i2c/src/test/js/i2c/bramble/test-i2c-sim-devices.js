// Flags: --allow-i2c --allow-spi --board sim
// bramble:sim reaches the bus devices: it lists them, changes what the BME280 measures (the next
// forced measurement shows it), reads back what the program wrote to a register, sets an ADC input.
const assert = require('assert');
const sim = require('bramble:sim');
const i2c = require('i2c-bus');
const spi = require('spi-device');

assert.deepStrictEqual(sim.busDevices(), [
  { id: 'bme280', type: 'bme280', where: 'i2c-1@0x76' },
  { id: 'adc', type: 'mcp3008', where: 'spi0.0' },
  { id: 'loopback', type: 'spi-loopback', where: 'spi0.1' },
]);
assert.throws(() => sim.bus('nope'), { code: 'ERR_SIM_NO_DEVICE' });

const bus = i2c.openSync(1);
const T1 = bus.readWordSync(0x76, 0x88);
const T2 = bus.readWordSync(0x76, 0x8a) << 16 >> 16;
const T3 = bus.readWordSync(0x76, 0x8c) << 16 >> 16;
function celsius() {
  bus.writeByteSync(0x76, 0xf4, 0x21);
  const d = Buffer.alloc(3);
  bus.readI2cBlockSync(0x76, 0xfa, 3, d);
  const adc = (d[0] << 12) | (d[1] << 4) | (d[2] >> 4);
  return ((adc / 16384 - T1 / 1024) * T2 + (adc / 131072 - T1 / 8192) ** 2 * T3) / 5120;
}
assert.ok(Math.abs(celsius() - 21.5) < 0.01);
sim.bus('bme280').set({ temperature: -4.25 });
assert.ok(Math.abs(celsius() - -4.25) < 0.01);
assert.strictEqual(sim.bus('bme280').register(0xf4), 0x20, 'ctrl_meas after the forced measurement');
bus.closeSync();

const adc = spi.openSync(0, 0);
sim.bus('adc').set(7, 1.65);
const m = [{ sendBuffer: Buffer.from([1, 0xf0, 0]), receiveBuffer: Buffer.alloc(3), byteLength: 3 }];
adc.transferSync(m);
assert.strictEqual(((m[0].receiveBuffer[1] & 3) << 8) | m[0].receiveBuffer[2], 512);
assert.throws(() => sim.bus('adc').set(8, 1), { code: 'ERR_OUT_OF_RANGE' });
adc.closeSync();
