// Flags: --board sim
// I2C is off unless --allow-i2c grants it.
const assert = require('assert');
const i2c = require('i2c');

assert.throws(() => i2c.openSync(1), (e) => e.code === 'ERR_ACCESS_DENIED' && /--allow-i2c/.test(e.message));
