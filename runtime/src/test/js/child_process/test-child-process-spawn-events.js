// Flags: --allow-run
'use strict';
// spawn: 'spawn', then the output, then 'exit' (code, signal) and 'close' once the pipes are done.
const { spawn, ChildProcess } = require('child_process');

const events = [];
const child = spawn('sh', ['-c', 'echo out; echo err >&2; exit 3']);
console.log('instance', child instanceof ChildProcess, typeof child.pid, Number.isInteger(child.pid));
console.log('before', child.exitCode, child.signalCode, child.killed, child.connected);
console.log('spawnfile', child.spawnfile, child.spawnargs);
console.log('stdio', child.stdio.length, child.stdio[0] === child.stdin, child.stdio[1] === child.stdout);

let out = '';
let err = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.on('spawn', () => events.push('spawn'));
child.stdout.on('end', () => events.push('stdout end'));
child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
child.on('close', (code, signal) => {
  events.push(`close ${code} ${signal}`);
  // 'exit' may come before or after the pipes end (as in Node), but always before 'close'.
  console.log(events[0], events.slice(1, -1).sort(), events[events.length - 1]);
  console.log('after', child.exitCode, child.signalCode, child.killed);
  console.log(JSON.stringify(out), JSON.stringify(err.toString()));
  console.log('kill after exit', child.kill());
});

const zero = spawn('true');
zero.on('close', (code, signal) => console.log('true:', code, signal, zero.stdin.destroyed));
