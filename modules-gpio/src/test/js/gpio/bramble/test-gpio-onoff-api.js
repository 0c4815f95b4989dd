// Flags: --allow-gpio --board sim
// The onoff surface: require('onoff') is the built-in, callbacks and promises for read/write,
// direction/edge/activeLow setters, Gpio.accessible, HIGH/LOW.
const assert = require('assert');
const onoff = require('onoff');
const { Gpio } = require('bramble:gpio');

assert.strictEqual(onoff.Gpio, Gpio);
assert.strictEqual(Gpio.accessible, true);
assert.strictEqual(Gpio.HIGH, 1);
assert.strictEqual(Gpio.LOW, 0);

const pin = new Gpio(24, 'high');
assert.strictEqual(pin.direction(), 'out');
assert.strictEqual(pin.readSync(), 1);
let calls = 0;
pin.write(0, (err) => {
  assert.ifError(err);
  calls++;
  pin.read(async (err2, value) => {
    assert.ifError(err2);
    assert.strictEqual(value, 0);
    calls++;
    pin.setActiveLow(true);
    assert.strictEqual(pin.activeLow(), true);
    assert.strictEqual(await pin.read(), 1, 'a low pin reads 1 when active-low');
    await pin.write(1);
    assert.strictEqual(require('bramble:sim').pin(24).level, 0);
    pin.setDirection('in');
    pin.setBias('pull-up');
    assert.strictEqual(pin.bias(), 'pull-up');
    pin.setEdge('rising');
    assert.strictEqual(pin.edge(), 'rising');
    assert.strictEqual(pin.readSync(), 0, 'pulled up, active-low');
    pin.unexport();
    calls++;
  });
});
process.on('exit', () => assert.strictEqual(calls, 3));
