// Flags: --allow-i2c --board sim
// Callback forms run on the worker pool and call back on the loop after the call returns, in the order
// they were made on a bus; the pending transfer keeps the process alive.
const assert = require('assert');
const common = require('../../common');
const i2c = require('i2c-bus');

const order = [];
const bus = i2c.open(1, common.mustCall((err) => {
  assert.ifError(err);
  bus.writeByte(0x76, 0xf4, 0x27, common.mustCall((e) => { assert.ifError(e); order.push('write'); }));
  bus.readByte(0x76, 0xf4, common.mustCall((e, v) => { assert.ifError(e); order.push(`read ${v}`); }));
  bus.readWord(0x76, 0x88, common.mustCall((e, w) => { assert.ifError(e); order.push(`word ${w}`); }));
  const buf = Buffer.alloc(6);
  bus.readI2cBlock(0x76, 0x88, 6, buf, common.mustCall((e, n, b) => {
    assert.ifError(e);
    assert.strictEqual(n, 6);
    assert.strictEqual(b, buf);
    order.push(`block ${b.readUInt16LE(0)}`);
  }));
  bus.scan(common.mustCall((e, found) => {
    assert.ifError(e);
    order.push(`scan ${found}`);
    const t1 = bus.readWordSync(0x76, 0x88);
    assert.deepStrictEqual(order, ['write', 'read 39', `word ${t1}`, `block ${t1}`, 'scan 118']);
    bus.close(common.mustCall());
  }));
  order.push('queued');
  assert.deepStrictEqual(order, ['queued']);
  order.length = 0;
}));
