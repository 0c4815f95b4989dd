// Flags: --allow-run
'use strict';
// A program that does not exist: an 'error' event (not an exception) with Node's shape, then
// 'close' with code -2; the sync forms report or throw the same error.
const cp = require('child_process');

const child = cp.spawn('no-such-program-here', ['a', 'b']);
console.log('pid', child.pid, 'stdout', child.stdout !== null);
child.on('spawn', () => console.log('spawn (never)'));
child.on('exit', () => console.log('exit (never)'));
child.on('error', (e) => {
  console.log('error:', e.message);
  console.log({ errno: e.errno, code: e.code, syscall: e.syscall, path: e.path, spawnargs: e.spawnargs });
});
child.on('close', (code, signal) => {
  console.log('close', code, signal);

  const r = cp.spawnSync('no-such-program-here', ['x']);
  console.log('spawnSync:', r.error.message, r.error.code, r.error.errno, r.error.path, r.error.spawnargs);
  console.log(Object.keys(r), r.status, r.signal, r.output, r.pid, r.stdout);

  try {
    cp.execFileSync('no-such-program-here');
  } catch (e) {
    console.log('execFileSync:', e.message, e.code, e.syscall, e.status);
  }

  cp.execFile('no-such-program-here', ['-v'], (err, stdout, stderr) => {
    console.log('execFile:', err.message, err.code, err.cmd, JSON.stringify(stdout), JSON.stringify(stderr));
  });
});
