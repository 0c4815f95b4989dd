// Flags: --allow-read=/tmp/bramble-perm-scope --allow-write=/tmp/bramble-perm-scope
'use strict';
// Path-scoped grants: inside the granted folder everything works (relative paths resolve against
// the cwd), next to it nothing does, and '..' cannot climb out of the grant.
const assert = require('assert');
const fs = require('fs');

const root = '/tmp/bramble-perm-scope';
fs.rmSync(root, { recursive: true, force: true });
fs.mkdirSync(`${root}/sub`, { recursive: true });
fs.writeFileSync(`${root}/sub/a.txt`, 'inside');
process.chdir(root);
assert.strictEqual(fs.readFileSync('sub/a.txt', 'utf8'), 'inside');
fs.renameSync('sub/a.txt', 'b.txt');
assert.deepStrictEqual(fs.readdirSync('.').sort(), ['b.txt', 'sub']);
assert.throws(() => fs.writeFileSync('/tmp/bramble-perm-scope-other', 'x'),
  /fs\.writeFileSync\(\): Requires write access to "\/tmp\/bramble-perm-scope-other"/);
assert.throws(() => fs.readFileSync('../bramble-perm-scope-other'), { code: 'ERR_ACCESS_DENIED' });
assert.throws(() => fs.readdirSync('..'), /Requires read access to "\/tmp"/);
assert.throws(() => fs.renameSync('b.txt', '../escaped.txt'), { code: 'ERR_ACCESS_DENIED' });
assert.ok(fs.existsSync('b.txt'));
process.chdir('/');
fs.rmSync(root, { recursive: true });
assert.ok(!fs.existsSync(root));
