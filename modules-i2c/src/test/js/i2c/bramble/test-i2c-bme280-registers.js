// Flags: --allow-i2c --board sim
// The default simulated board has a BME280 at 0x76 on i2c-1 with the datasheet's register map: chip id,
// calibration, a forced measurement that returns to sleep, and burst-readable raw values.
const assert = require('assert');
const i2c = require('i2c-bus');

const bus = i2c.openSync(1);
assert.strictEqual(bus.readByteSync(0x76, 0xd0), 0x60);
const calib = Buffer.alloc(26);
assert.strictEqual(bus.readI2cBlockSync(0x76, 0x88, 26, calib), 26);
const T1 = calib.readUInt16LE(0);
const T2 = calib.readInt16LE(2);
const T3 = calib.readInt16LE(4);
assert.ok(T1 > 0 && T2 !== 0, `calibration ${calib.toString('hex')}`);

bus.writeByteSync(0x76, 0xf2, 0x01); // humidity x1
bus.writeByteSync(0x76, 0xf4, 0x25); // temperature x1, pressure x1, forced mode
assert.strictEqual(bus.readByteSync(0x76, 0xf4) & 0x03, 0, 'back to sleep after a forced measurement');
const data = Buffer.alloc(8);
bus.readI2cBlockSync(0x76, 0xf7, 8, data);
const adcT = (data[3] << 12) | (data[4] << 4) | (data[5] >> 4);
// The datasheet's floating-point compensation gives back what the simulator was set to (21.5 degC).
const var1 = (adcT / 16384 - T1 / 1024) * T2;
const var2 = (adcT / 131072 - T1 / 8192) ** 2 * T3;
const celsius = (var1 + var2) / 5120;
assert.ok(Math.abs(celsius - 21.5) < 0.01, `temperature ${celsius}`);
assert.strictEqual(bus.readWordSync(0x76, 0x88), T1, 'readWord is little-endian');

bus.writeByteSync(0x76, 0xe0, 0xb6); // soft reset
assert.strictEqual(bus.readByteSync(0x76, 0xf4), 0);
bus.closeSync();
