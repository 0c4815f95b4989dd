// Flags: --allow-gpio --board sim
// Writes to the LED pin are visible in the simulator, with their history, in order.
const assert = require('assert');
const { Gpio } = require('gpio');
const sim = require('bramble:sim');

const led = new Gpio('LED', 'out');
assert.deepStrictEqual(led.pin, { name: 'GPIO17', header: 11 });
led.writeSync(1);
assert.strictEqual(sim.led('led').lit, true);
led.writeSync(0);
led.writeSync(Gpio.HIGH);
assert.strictEqual(led.readSync(), 1);
assert.deepStrictEqual(sim.led('led').history.map((c) => c.value), [1, 0, 1]);
const times = sim.led('led').history.map((c) => c.time);
assert.ok(times[0] <= times[1] && times[1] <= times[2], `times must not go back: ${times}`);
led.unexport();
assert.throws(() => led.writeSync(0), { code: 'ERR_INVALID_STATE' });
