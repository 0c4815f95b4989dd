// Flags: --allow-i2c --board sim
// scan() finds the simulated devices; a transfer to an address nobody answers fails as Linux reports a
// NACK (EREMOTEIO, errno 121) with a hint; bad arguments fail with i2c-bus's messages and Node codes.
const assert = require('assert');
const common = require('../../common');
const i2c = require('i2c');

const bus = i2c.openSync('i2c-1');
assert.deepStrictEqual(bus.scanSync(), [0x76]);
assert.deepStrictEqual(bus.scanSync(0x76), [0x76]);
assert.deepStrictEqual(bus.scanSync(0x03, 0x70), []);

assert.throws(() => bus.readByteSync(0x77, 0xd0), (e) => e.code === 'EREMOTEIO' && e.errno === 121 &&
  e.syscall === 'readByteSync' && /^EREMOTEIO, Remote I\/O error/.test(e.message) && /0x77/.test(e.message) && /scan/.test(e.hint));
assert.throws(() => bus.readByteSync(0x80, 0), { code: 'ERR_OUT_OF_RANGE', message: 'Invalid I2C address 128' });
assert.throws(() => bus.readByteSync('one', 0), { code: 'ERR_INVALID_ARG_TYPE', message: 'Invalid I2C address one' });
assert.throws(() => bus.writeByteSync(0x76, 0xf4, 256), { code: 'ERR_OUT_OF_RANGE', message: 'Invalid byte 256' });
assert.throws(() => bus.writeWordSync(0x76, 0xf4, -1), { message: 'Invalid word -1' });
assert.throws(() => bus.readI2cBlockSync(0x76, 0, 33, Buffer.alloc(33)), { message: 'Invalid buffer length 33' });
assert.throws(() => bus.readI2cBlockSync(0x76, 0, 8, Buffer.alloc(4)), { code: 'ERR_BUFFER_TOO_SMALL', message: 'Buffer must contain at least 8 bytes' });
assert.throws(() => bus.i2cReadSync(0x76, 2, [1, 2]), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => bus.readByte(0x76, 0xd0), { message: 'Invalid callback undefined' });
assert.throws(() => i2c.openSync(3), (e) => e.code === 'ENODEV' && /i2c-3/.test(e.message) && /i2c-1/.test(e.message));
assert.throws(() => i2c.openSync(-1), { message: 'Invalid I2C bus number -1' });
assert.throws(() => bus.deviceIdSync(0x76), { code: 'EREMOTEIO' });

i2c.open(7, common.mustCall((err) => assert.strictEqual(err.code, 'ENODEV')));
bus.readByte(0x10, 0, common.mustCall((err, byte) => {
  assert.strictEqual(err.code, 'EREMOTEIO');
  assert.strictEqual(err.syscall, 'readByte');
  assert.strictEqual(byte, undefined);
  bus.closeSync();
}));
