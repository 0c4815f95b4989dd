// Flags: --allow-run
'use strict';
// execFile runs a program without a shell (arguments are not interpreted); its optional
// arguments may be left out in any combination, as in Node.
const { execFile } = require('child_process');

const steps = [
  (next) => execFile('echo', ['$HOME', '*', 'a b'], (err, stdout) => next('no shell:', err, stdout)),
  (next) => execFile('pwd', { cwd: '/' }, (err, stdout) => next('options only:', err, stdout)),
  (next) => execFile('true', (err, stdout, stderr) => next('callback only:', err, stdout, stderr)),
  (next) => execFile('sh', ['-c', 'echo $1-$2', 'x', 'one', 'two'], null, (err, stdout) => next('null options:', err, stdout)),
  (next) => execFile('cat', (err, stdout) => next('stdin fed:', err, stdout)).stdin.end('fed through stdin'),
  (next) => execFile('sh', ['-c', 'exit 9'], (err) => next('exit 9:', err.cmd, err.code, err.message)),
  (next) => execFile('ls', ['/no/such/path'], { encoding: 'latin1' }, (err, stdout, stderr) =>
    next('ls:', err.code, typeof stderr, stderr.length > 0)),
];
(function run(i) {
  if (i === steps.length) return;
  steps[i]((...args) => {
    console.log(...args.map((a) => (typeof a === 'string' && a.includes('\n') ? JSON.stringify(a) : a)));
    run(i + 1);
  });
})(0);

try {
  execFile('echo', 'not-an-array', {}, () => {});
} catch (e) {
  console.log(e.code, e.message);
}
try {
  execFile('echo', [], {}, 'not a function');
} catch (e) {
  console.log(e.code, e.message);
}
