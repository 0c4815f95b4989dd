// Flags: --allow-spi --board sim
// spi-device against the simulated MCP3008 on spi0.0 (the default board's inputs: 0, 0.825, 1.65,
// 2.475, 3.3 V ... with a 3.3 V reference): single-ended and differential reads, async and sync.
const assert = require('assert');
const common = require('../../common');
const spi = require('spi-device');

function message(channel, single = true) {
  return [{
    sendBuffer: Buffer.from([0x01, (single ? 0x80 : 0) | (channel << 4), 0x00]),
    receiveBuffer: Buffer.alloc(3),
    byteLength: 3,
    speedHz: 1350000,
  }];
}
const value = (m) => ((m[0].receiveBuffer[1] & 0x03) << 8) | m[0].receiveBuffer[2];
// transferSync returns the device, as spi-device's does; the answer is in the receive buffers.
const read = (dev, m) => { assert.strictEqual(dev.transferSync(m), dev); return value(m); };

const adc = spi.open(0, 0, common.mustCall((err) => {
  assert.ifError(err);
  const readings = [];
  for (let ch = 0; ch < 5; ch++) readings.push(read(adc, message(ch)));
  assert.deepStrictEqual(readings, [0, 256, 512, 767, 1023]);
  // CH2 - CH3 is negative: the MCP3008 reads 0; CH3 - CH2 (select 3) is 0.825 V.
  assert.strictEqual(read(adc, message(2, false)), 0);
  assert.strictEqual(read(adc, message(3, false)), 256);
  const m = message(4);
  const ret = adc.transfer(m, common.mustCall((e, back) => {
    assert.ifError(e);
    assert.strictEqual(back, m);
    assert.strictEqual(value(back), 1023);
    adc.close(common.mustCall((e2) => assert.strictEqual(e2, null)));
  }));
  assert.strictEqual(ret, adc);
}));
