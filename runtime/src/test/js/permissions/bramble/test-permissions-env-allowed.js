// Flags: --allow-env=HOME,BRAMBLE_*
const assert = require('assert');
assert.strictEqual(typeof process.env.HOME, 'string');
process.env.BRAMBLE_TEST = 'yes';
assert.strictEqual(process.env.BRAMBLE_TEST, 'yes');
assert.ok('BRAMBLE_TEST' in process.env);
delete process.env.BRAMBLE_TEST;
assert.strictEqual(process.env.BRAMBLE_TEST, undefined);
assert.throws(() => process.env.PATH, { code: 'ERR_ACCESS_DENIED' });
