// Flags: --allow-run
'use strict';
// A running child keeps the program alive; unref() lets it end without waiting (its pipes still
// count while they are read, as in Node), and ref() undoes unref().
const { spawn } = require('child_process');

// What happened, printed at exit in a fixed order (the children finish in any order).
const seen = [];
const log = (...args) => seen.push(args.join(' '));

// Not waited for: unref'd with no pipes. The program ends while it sleeps; we stop it at exit.
const sleeper = spawn('sleep', ['30'], { stdio: 'ignore', detached: true });
sleeper.unref();
sleeper.on('exit', () => log('sleeper exit (never printed)'));
process.on('exit', () => {
  console.log(seen.sort().join('\n'));
  console.log('program exit, sleeper still running:', sleeper.exitCode === null && sleeper.kill('SIGKILL'));
});

// Waited for: unref'd but its stdout pipe is still being read.
const piped = spawn('sh', ['-c', 'sleep 0.3; echo piped done']);
piped.unref();
piped.stdout.on('data', (d) => log(String(d).trim()));

// Waited for: unref() then ref() again.
const again = spawn('sleep', ['0.5'], { stdio: 'ignore' });
again.unref();
again.ref();
again.on('exit', (code) => log('ref again exit', code));
console.log('main done');

// detached: the child leads a new session and process group of its own (its pid is the child's).
const leader = spawn('sh', ['-c', 'echo $$ $(ps -o pgid= -p $$) $(ps -o sid= -p $$)'], { detached: true });
leader.stdout.on('data', (d) => {
  const [pid, pgid, sid] = String(d).trim().split(/\s+/).map(Number);
  log('detached: pid', pid === leader.pid, 'group leader', pgid === pid, 'session leader', sid === pid);
});
