// Flags: --allow-i2c --board sim
// openPromisified gives i2c-bus's promise API: values, { bytesRead, buffer } / { bytesWritten, buffer },
// i2cFuncs as frozen booleans, bus() for the callback API, rejections with the bus error.
const assert = require('assert');
const i2c = require('bramble:i2c');

(async () => {
  const bus = await i2c.openPromisified(1);
  assert.strictEqual(await bus.readByte(0x76, 0xd0), 0x60);
  const funcs = await bus.i2cFuncs();
  assert.strictEqual(Object.isFrozen(funcs), true);
  assert.strictEqual(funcs.i2c, true);
  assert.strictEqual(funcs.smbusReadI2cBlock, true);
  assert.strictEqual(funcs.smbusPec, false);
  assert.strictEqual(bus.bus().i2cFuncsSync(), funcs);
  const { bytesRead, buffer } = await bus.readI2cBlock(0x76, 0xd0, 1, Buffer.alloc(1));
  assert.deepStrictEqual([bytesRead, buffer[0]], [1, 0x60]);
  const w = await bus.writeI2cBlock(0x76, 0xf4, 2, Buffer.from([0x24, 0x00]));
  assert.strictEqual(w.bytesWritten, 2);
  const r = await bus.i2cWrite(0x76, 1, Buffer.from([0xf4]));
  assert.strictEqual(r.bytesWritten, 1);
  const got = await bus.i2cRead(0x76, 2, Buffer.alloc(2));
  assert.deepStrictEqual([...got.buffer], [0x24, 0x00]);
  assert.strictEqual(await bus.receiveByte(0x76), 0x00);
  await assert.rejects(bus.readWord(0x42, 0), { code: 'EREMOTEIO' });
  assert.deepStrictEqual(await bus.scan(0x70, 0x77), [0x76]);
  await bus.close();
  console.log('ok');
})();
