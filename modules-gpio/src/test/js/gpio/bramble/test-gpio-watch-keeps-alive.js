// Flags: --allow-gpio --board sim
// A watched pin keeps the process alive after every timer is gone; unwatchAll releases it.
const assert = require('assert');
const { Gpio } = require('gpio');
const sim = require('bramble:sim');

const button = new Gpio('BUTTON', 'in', 'falling', { bias: 'pull-up' });
const values = [];
button.watch((err, value) => {
  values.push(value);
  button.unwatchAll();
});
// The press comes after the only timer has run: only the watch keeps us here to see it.
setTimeout(() => setTimeout(() => sim.button('button').press(), 0), 50);

process.on('exit', () => {
  assert.deepStrictEqual(values, [0], 'the falling edge of the press (button to ground)');
  assert.strictEqual(sim.button('button').pressed, true);
});
