// Flags: --board sim --allow-gpio=27
// Pins outside --allow-gpio are refused with ERR_ACCESS_DENIED naming the flag; the allowed pin
// may be named any way (27, 'GPIO27', 'PIN13').
const assert = require('assert');
const { Gpio, Pwm } = require('gpio');

assert.throws(() => new Gpio(17, 'out'), (e) => e.code === 'ERR_ACCESS_DENIED' && /--allow-gpio/.test(e.message) && /GPIO17/.test(e.message));
assert.throws(() => new Pwm('LED'), (e) => e.code === 'ERR_ACCESS_DENIED' && /--allow-gpio/.test(e.message));
const ok = new Gpio('PIN13', 'out');
ok.writeSync(1);
assert.strictEqual(ok.readSync(), 1);
ok.unexport();
