// Flags: --allow-read --allow-write --deny-read=/etc/shadow,/etc/hosts --deny-write=/tmp/bramble-deny-me
'use strict';
// --deny-* overrides a broad --allow-*; the error says which flag denies it.
const assert = require('assert');
const fs = require('fs');

assert.throws(() => fs.readFileSync('/etc/hosts'),
  { code: 'ERR_ACCESS_DENIED', message: 'fs.readFileSync(): Access to read "/etc/hosts" is denied by --deny-read' });
assert.throws(() => fs.statSync('/etc/shadow'), /is denied by --deny-read/);
assert.ok(fs.statSync('/etc/passwd').isFile());
assert.throws(() => fs.mkdirSync('/tmp/bramble-deny-me/x', { recursive: true }), /denied by --deny-write/);
assert.ok(!fs.existsSync('/tmp/bramble-deny-me'));
