// Flags: --allow-gpio --board sim
// for await over pin.edges() yields { value, edge, timestamp } in order; leaving the loop releases the pin.
const assert = require('assert');
const { Gpio } = require('gpio');
const sim = require('bramble:sim');

(async () => {
  const button = new Gpio(4, 'in', 'both', { activeLow: true, bias: 'pull-up' });
  const got = [];
  setTimeout(() => sim.button('button').click(30), 10);
  for await (const e of button.edges()) {
    got.push(e);
    if (got.length === 2) sim.button('button').click(30); // the second click once the first is over
    if (got.length === 4) break;
  }
  assert.deepStrictEqual(got.map((e) => [e.value, e.edge]), [[1, 'rising'], [0, 'falling'], [1, 'rising'], [0, 'falling']]);
  assert.ok(got.every((e, i) => i === 0 || e.timestamp > got[i - 1].timestamp));
  assert.strictEqual(await button.read(), 0);
  button.unexport();
})();
