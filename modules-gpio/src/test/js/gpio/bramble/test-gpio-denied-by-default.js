// Flags: --board sim
// With no --allow-gpio at all, the first pin is refused and the message says which flag allows it.
const assert = require('assert');
const { Gpio } = require('gpio');

assert.throws(() => new Gpio(17, 'out'), (e) => e.code === 'ERR_ACCESS_DENIED' && /--allow-gpio/.test(e.message));
