// Flags: --allow-gpio --board sim
// PWM duty cycles reach the simulated servo (hardware channel on GPIO18) and LED (software on GPIO17).
const assert = require('assert');
const { Pwm } = require('gpio');
const sim = require('bramble:sim');

sim.attach({ type: 'servo', id: 'servo', pin: 18 });
const servo = new Pwm('GPIO18', { frequency: 50, dutyCycle: 0.075 });
assert.strictEqual(servo.mode, 'hardware');
assert.strictEqual(sim.pwm('servo').state.mode, 'hardware');
assert.strictEqual(sim.pwm('servo').dutyCycle, 0.075);
assert.strictEqual(Math.round(sim.pwm('servo').angle), 90);
servo.setDutyCycle(0.1);
assert.strictEqual(Math.round(sim.pwm('servo').angle), 180);
servo.disable();
assert.strictEqual(sim.pwm('servo').dutyCycle, 0);
servo.close();

sim.attach({ type: 'pwm-led', id: 'dim', pin: 'LED' });
const dim = new Pwm(17, { frequency: 100, dutyCycle: 0.5 });
assert.strictEqual(dim.mode, 'software');
assert.deepStrictEqual(sim.pwm('dim').state.mode, 'software');
setTimeout(() => {
  assert.ok(sim.led('led').history.length > 4, 'the software PWM toggles the pin');
  dim.setDutyCycle(0.2);
  assert.strictEqual(sim.pwm('dim').dutyCycle, 0.2);
  assert.throws(() => dim.setDutyCycle(1.5), { code: 'ERR_OUT_OF_RANGE' });
  dim.close();
  assert.strictEqual(sim.led('led').level, 0, 'closing leaves the pin low');
}, 100);
