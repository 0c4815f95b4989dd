// Flags: --allow-env --deny-env=SECRET
const assert = require('assert');
assert.strictEqual(typeof process.env.HOME, 'string');
assert.throws(() => process.env.SECRET, (e) => e.code === 'ERR_ACCESS_DENIED' && /--deny-env/.test(e.message));
