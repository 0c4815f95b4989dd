// Flags: --allow-gpio --sim fixtures/bouncy-button.json
// Without debounceTimeout every contact flip of the first press reaches the callback: 7 edges
// (1 + 3 bounces of 2) alternate 1/0 and end pressed.
const assert = require('assert');
const { Gpio } = require('gpio');

const button = new Gpio('PIN7', 'in', 'both', { activeLow: true, bias: 'pull-up' });
const values = [];
button.watch((err, value) => {
  values.push(value);
  if (values.length === 7) button.unexport(); // edges already queued for the pin are dropped
});

process.on('exit', () => {
  assert.deepStrictEqual(values, [1, 0, 1, 0, 1, 0, 1]);
});
