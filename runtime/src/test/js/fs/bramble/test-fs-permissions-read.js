'use strict';
// Without --allow-read, every way of reading outside the program is refused with ERR_ACCESS_DENIED
// naming the API, the path and the flag; the program's own files need no flag.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { mustCall, mustNotCall } = require('../../common');

const outside = '/etc/hostname';
const denied = (api, p = outside) => (e) => e.code === 'ERR_ACCESS_DENIED' &&
  e.message === `${api}: Requires read access to "${p}", run again with the --allow-read flag`;

assert.throws(() => fs.readFileSync(outside), denied('fs.readFileSync()'));
assert.throws(() => fs.readFile(outside, mustNotCall()), denied('fs.readFile()'));
assert.throws(() => fs.statSync(outside), denied('fs.statSync()'));
assert.throws(() => fs.lstat(outside, mustNotCall()), denied('fs.lstat()'));
assert.throws(() => fs.existsSync(outside), denied('fs.existsSync()'));
assert.throws(() => fs.readdirSync('/etc'), denied('fs.readdirSync()', '/etc'));
assert.throws(() => fs.openSync(outside, 'r'), denied('fs.openSync()'));
assert.throws(() => fs.opendirSync('/etc'), denied('fs.opendirSync()', '/etc'));
assert.throws(() => fs.watch('/etc'), denied('fs.watch()', '/etc'));
assert.throws(() => fs.realpathSync(outside), denied('fs.realpathSync()'));
assert.throws(() => fs.accessSync(`${'../'.repeat(20)}etc/hostname`), denied('fs.accessSync()'));
fs.promises.readFile(outside).then(mustNotCall(), mustCall((e) => assert.ok(denied('fsPromises.readFile()')(e))));
fs.createReadStream(outside).on('error', mustCall((e) => assert.ok(denied('fs.createReadStream()')(e))));

// The program's own tree (up to its package.json) is readable without a flag.
assert.match(fs.readFileSync(path.join(__dirname, '../fixtures/tmp.js'), 'utf8'), /enterTmp/);
assert.ok(fs.statSync(path.join(__dirname, '../../package.json')).isFile());
assert.ok(fs.readdirSync(__dirname).includes(path.basename(__filename)));
fs.readFile(__filename, mustCall((err, data) => {
  assert.ifError(err);
  assert.match(data.toString(), /program's own files/);
}));
