'use strict';
// Without --allow-run nothing starts: every form throws ERR_ACCESS_DENIED naming the program and
// the flag, before any process exists; process.kill of a process that is not our child too.
const assert = require('assert');
const cp = require('child_process');

const denied = (program, api) => (e) => {
  assert.strictEqual(e.code, 'ERR_ACCESS_DENIED');
  assert.match(e.message, new RegExp(`^${api.replace(/[.()]/g, '\\$&')}: Requires run access to "${program}", run again with the --allow-run flag`));
  return true;
};

assert.throws(() => cp.spawn('echo', ['hi']), denied('echo', 'child_process.spawn()'));
assert.throws(() => cp.exec('echo hi'), denied('/bin/sh', 'child_process.spawn()'));
assert.throws(() => cp.execFile('ls'), denied('ls', 'child_process.spawn()'));
assert.throws(() => cp.spawnSync('ls'), denied('ls', 'child_process.spawnSync()'));
assert.throws(() => cp.execSync('ls'), denied('/bin/sh', 'child_process.spawnSync()'));
assert.throws(() => cp.execFileSync(process.execPath, ['-e', '1']), denied(process.execPath, 'child_process.spawnSync()'));
assert.throws(() => cp.fork('x.js'), denied(process.execPath, 'child_process.spawn()'));
assert.throws(() => process.kill(process.ppid, 0), denied(String(process.ppid), 'process.kill()'));
// Signalling ourselves needs nothing.
assert.strictEqual(process.kill(process.pid, 0), true);
