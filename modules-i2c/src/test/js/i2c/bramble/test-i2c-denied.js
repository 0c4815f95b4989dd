// Flags: --allow-i2c=i2c-0 --board sim
// Without a grant for the bus, opening it is ERR_ACCESS_DENIED naming --allow-i2c; a grant may use any
// of the bus's names (here i2c-0, which the simulated board lacks: that is then ENODEV).
const assert = require('assert');
const i2c = require('i2c-bus');

assert.throws(() => i2c.openSync(1), (e) => e.code === 'ERR_ACCESS_DENIED' && /--allow-i2c/.test(e.message) && /"1"/.test(e.message));
assert.throws(() => i2c.openSync('i2c-1'), { code: 'ERR_ACCESS_DENIED' });
assert.throws(() => i2c.open(1, () => {}), { code: 'ERR_ACCESS_DENIED' });
assert.throws(() => i2c.openSync(0), { code: 'ENODEV' });
