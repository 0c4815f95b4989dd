// Bramble: process.env needs --allow-env; the error names the flag.
const assert = require('assert');
assert.throws(() => process.env.HOME, (e) => {
  assert.strictEqual(e.code, 'ERR_ACCESS_DENIED');
  assert.match(e.message, /--allow-env/);
  assert.match(e.message, /HOME/);
  return true;
});
assert.throws(() => { process.env.X = '1'; }, { code: 'ERR_ACCESS_DENIED' });
assert.deepStrictEqual(Object.keys(process.env), []);
