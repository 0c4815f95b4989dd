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
// 100 Hz toggles the pin every few ms; a loaded machine may starve the PWM thread for a while,
// so wait (up to 3 s) for the toggles instead of assuming a fixed window.
const started = Date.now();
const check = setInterval(() => {
  const toggles = sim.led('led').history.length;
  if (toggles <= 4 && Date.now() - started < 3000) return;
  clearInterval(check);
  assert.ok(toggles > 4, `the software PWM toggles the pin (${toggles} changes in ${Date.now() - started} ms)`);
  dim.setDutyCycle(0.2);
  assert.strictEqual(sim.pwm('dim').dutyCycle, 0.2);
  assert.throws(() => dim.setDutyCycle(1.5), { code: 'ERR_OUT_OF_RANGE' });
  dim.close();
  assert.strictEqual(sim.led('led').level, 0, 'closing leaves the pin low');
}, 20);
