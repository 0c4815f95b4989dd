// Flags: --allow-run=echo,sh
'use strict';
// --allow-run=echo,sh grants those programs by name or by any path to them, and nothing else;
// their own children are theirs (a shell may run anything, which is why sh must be granted).
// A child may always be signalled by the program that started it.
const assert = require('assert');
const cp = require('child_process');
const common = require('../../common');

assert.strictEqual(cp.execFileSync('echo', ['by name'], { encoding: 'utf8' }), 'by name\n');
assert.strictEqual(cp.execFileSync('/bin/echo', ['by path'], { encoding: 'utf8' }), 'by path\n');
assert.strictEqual(cp.execSync('echo via sh | tr a-z A-Z', { encoding: 'utf8' }), 'VIA SH\n');
assert.throws(() => cp.spawn('cat'), { code: 'ERR_ACCESS_DENIED', message: /Requires run access to "cat"/ });
assert.throws(() => cp.execFileSync('/usr/bin/env', ['echo']), { code: 'ERR_ACCESS_DENIED', message: /"\/usr\/bin\/env"/ });

// The environment goes to the child without --allow-env (this program cannot read it itself).
assert.throws(() => process.env.PATH, { code: 'ERR_ACCESS_DENIED' });
assert.match(cp.execSync('echo "PATH is ${PATH:+set}"', { encoding: 'utf8' }), /PATH is set/);

const child = cp.spawn('sh', ['-c', 'sleep 30']);
child.on('spawn', common.mustCall(() => assert.strictEqual(process.kill(child.pid, 'SIGTERM'), true)));
child.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGTERM')));
