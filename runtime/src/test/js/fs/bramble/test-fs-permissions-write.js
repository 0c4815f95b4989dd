// Flags: --allow-read
'use strict';
// Reading is allowed here but writing is not, not even inside the program's own folder: every
// writing call (and opening for writing) is refused with ERR_ACCESS_DENIED naming the flag.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { mustCall, mustNotCall } = require('../../common');

const target = path.join(os.tmpdir(), 'bramble-never-written');
const mine = path.join(__dirname, 'never-written.txt');
const denied = (api, p = target) => (e) => e.code === 'ERR_ACCESS_DENIED' &&
  e.message === `${api}: Requires write access to "${p}", run again with the --allow-write flag`;

assert.throws(() => fs.writeFileSync(target, 'x'), denied('fs.writeFileSync()'));
assert.throws(() => fs.writeFileSync(mine, 'x'), denied('fs.writeFileSync()', mine));
assert.throws(() => fs.appendFile(target, 'x', mustNotCall()), denied('fs.appendFile()'));
assert.throws(() => fs.mkdirSync(target), denied('fs.mkdirSync()'));
assert.throws(() => fs.openSync(target, 'w'), denied('fs.openSync()'));
assert.throws(() => fs.openSync(__filename, 'r+'), denied('fs.openSync()', __filename));
assert.throws(() => fs.unlinkSync(target), denied('fs.unlinkSync()'));
assert.throws(() => fs.rmSync(target, { force: true }), denied('fs.rmSync()'));
assert.throws(() => fs.renameSync(__filename, target), denied('fs.renameSync()', __filename));
assert.throws(() => fs.copyFileSync(__filename, target), denied('fs.copyFileSync()'));
assert.throws(() => fs.chmodSync(__filename, 0o777), denied('fs.chmodSync()', __filename));
assert.throws(() => fs.utimesSync(__filename, 1, 1), denied('fs.utimesSync()', __filename));
assert.throws(() => fs.symlinkSync(__filename, target), denied('fs.symlinkSync()'));
assert.throws(() => fs.mkdtempSync(target), denied('fs.mkdtempSync()', `${target}XXXXXX`));
fs.promises.writeFile(target, 'x').then(mustNotCall(), mustCall((e) => assert.ok(denied('fsPromises.writeFile()')(e))));
fs.createWriteStream(target).on('error', mustCall((e) => assert.ok(denied('fs.createWriteStream()')(e))));

// Reading is granted: opening read-only works anywhere.
const fd = fs.openSync('/etc/passwd', 'r');
assert.strictEqual(typeof fd, 'number');
fs.closeSync(fd);
assert.ok(!fs.existsSync(mine));
