// Flags: --board sim
// bramble:sim lists the simulated board's default devices and reports unknown ones clearly.
const assert = require('assert');
const sim = require('bramble:sim');

assert.strictEqual(sim.active, true);
assert.deepStrictEqual(sim.devices(), [
  { id: 'button', type: 'button', pin: 'GPIO4' },
  { id: 'led', type: 'led', pin: 'GPIO17' },
]);
assert.throws(() => sim.button('led'), (e) => e.code === 'ERR_SIM_NO_DEVICE' && /button, led/.test(e.message));
assert.throws(() => sim.attach({ type: 'toaster', pin: 5 }), { code: 'ERR_INVALID_ARG_VALUE' });
sim.attach({ type: 'button', id: 'reset', pin: 'PIN40', wiring: 'to-3v3' });
assert.deepStrictEqual(sim.devices().find((d) => d.id === 'reset'), { id: 'reset', type: 'button', pin: 'GPIO21' });
assert.strictEqual(sim.pin('PIN40').level, 0);
