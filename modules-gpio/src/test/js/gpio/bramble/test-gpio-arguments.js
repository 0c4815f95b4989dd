// Flags: --allow-gpio --board sim
// Bad arguments fail in JS with Node's error codes; pins the board lacks name the valid choices.
const assert = require('assert');
const { Gpio, Pwm } = require('gpio');

assert.throws(() => new Gpio({}, 'in'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new Gpio(1.5, 'in'), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new Gpio(17, 'sideways'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new Gpio(17, 'out', 'both'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new Gpio(17, 'in', 'none', { debounceTimeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new Gpio(17, 'in', 'none', { bias: 'up' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new Gpio('PIN6', 'in'), (e) => e.code === 'ERR_INVALID_ARG_VALUE' && /ground/.test(e.message) && /PIN11/.test(e.message));
assert.throws(() => new Gpio(99, 'in'), (e) => e.code === 'ERR_INVALID_ARG_VALUE' && /GPIO99/.test(e.message) && /valid pins/.test(e.message));
assert.throws(() => new Pwm(18, { dutyCycle: 2 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new Pwm(18, { frequency: 0 }), { code: 'ERR_OUT_OF_RANGE' });

const out = new Gpio(22, 'out');
assert.throws(() => out.writeSync(2), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => out.watch('nope'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new Gpio(22, 'in'), { code: 'EBUSY' });
const input = new Gpio(23, 'in');
assert.throws(() => input.writeSync(1), { code: 'EPERM' });
