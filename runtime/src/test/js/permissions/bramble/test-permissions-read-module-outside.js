// Loading the program's own files needs no flag; a module outside the program needs --allow-read.
const assert = require('assert');
assert.strictEqual(require('../../modules/fixtures/data.json').name, 'fixture');
assert.throws(() => require('/etc/hostname'), (e) => e.code === 'ERR_ACCESS_DENIED' && /--allow-read/.test(e.message));
