// Flags: --allow-spi --board sim
// spi0.1 of the default simulated board is a MOSI-MISO loopback: multi-part messages come back part by
// part; options round-trip through setOptions/getOptions; a wrong mode garbles the MCP3008's answer
// (it samples on the rising edge: modes 0 and 3 only).
const assert = require('assert');
const spi = require('bramble:spi');

const loop = spi.openSync(0, 1, { mode: spi.MODE0, maxSpeedHz: 1000000 });
const a = Buffer.alloc(2);
const b = Buffer.alloc(3);
loop.transferSync([
  { sendBuffer: Buffer.from([1, 2]), receiveBuffer: a, byteLength: 2 },
  { sendBuffer: Buffer.from([3, 4, 5]), receiveBuffer: b, byteLength: 3, chipSelectChange: true },
]);
assert.deepStrictEqual([...a, ...b], [1, 2, 3, 4, 5]);
const opts = loop.getOptionsSync();
assert.strictEqual(opts.mode, 0);
assert.strictEqual(opts.maxSpeedHz, 1000000);
assert.strictEqual(opts.bitsPerWord, 8);
assert.strictEqual(loop.setOptionsSync({ mode: spi.MODE3, lsbFirst: true }), loop);
assert.deepStrictEqual([loop.getOptionsSync().mode, loop.getOptionsSync().lsbFirst], [3, true]);
loop.closeSync();

const adc = spi.openSync(0, 0);
const read = () => {
  const m = [{ sendBuffer: Buffer.from([0x01, 0x80 | (2 << 4), 0]), receiveBuffer: Buffer.alloc(3), byteLength: 3 }];
  adc.transferSync(m);
  return ((m[0].receiveBuffer[1] & 3) << 8) | m[0].receiveBuffer[2];
};
assert.strictEqual(read(), 512);
adc.setOptionsSync({ mode: spi.MODE3 });
assert.strictEqual(read(), 512);
adc.setOptionsSync({ mode: spi.MODE1 });
assert.notStrictEqual(read(), 512);
adc.closeSync();
assert.throws(() => adc.transferSync([{ byteLength: 1, receiveBuffer: Buffer.alloc(1) }]), { code: 'EBADF' });
