// Flags: --allow-run --deny-run=rm
'use strict';
// --deny-run overrides --allow-run for that program, whatever path names it.
const assert = require('assert');
const cp = require('child_process');

assert.throws(() => cp.spawnSync('rm', ['-f', '/tmp/nothing']), {
  code: 'ERR_ACCESS_DENIED',
  message: 'child_process.spawnSync(): Access to run "rm" is denied by --deny-run',
});
assert.throws(() => cp.spawn('/bin/rm'), { code: 'ERR_ACCESS_DENIED', message: /denied by --deny-run/ });
assert.strictEqual(cp.spawnSync('true').status, 0);
