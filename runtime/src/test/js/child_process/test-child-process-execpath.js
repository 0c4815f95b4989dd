// Flags: --allow-run
'use strict';
// process.execPath runs a program of this runtime, as `node` does: spawn it with a script, or
// with -e / -p, and talk to it over its stdio.
const { spawn, execFileSync } = require('child_process');
const path = require('path');

console.log('absolute:', path.isAbsolute(process.execPath));
console.log('-p:', execFileSync(process.execPath, ['-p', '6 * 7'], { encoding: 'utf8' }).trim());

const child = spawn(process.execPath, [path.join(__dirname, 'fixtures', 'echo-child.js'), 'one', 'two words']);
let out = '';
let err = '';
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.stdin.end('hello child');
child.on('close', (code, signal) => {
  console.log(out.trim());
  console.log('stderr:', err.trim());
  console.log('close', code, signal);
});
