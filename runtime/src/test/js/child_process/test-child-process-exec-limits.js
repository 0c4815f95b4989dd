// Flags: --allow-run
'use strict';
// timeout and killSignal end a child that runs too long; maxBuffer ends one that prints too much
// (the output is cut at the limit); an AbortSignal kills it with an AbortError.
const { exec, execFile, spawn } = require('child_process');

const steps = [
  (next) => exec('exec sleep 20', { timeout: 100 }, (err, stdout) =>
    next('timeout:', err.killed, err.signal, err.code, JSON.stringify(stdout))),
  (next) => execFile('sleep', ['20'], { timeout: 100, killSignal: 'SIGKILL' }, (err) =>
    next('killSignal:', err.killed, err.signal, err.code, err.message)),
  (next) => {
    const child = spawn('sleep', ['20'], { timeout: 100, killSignal: 9 });
    child.on('exit', (code, signal) => next('spawn timeout:', code, signal, child.killed));
  },
  (next) => exec('yes | head -c 100000', { maxBuffer: 1000 }, (err, stdout) =>
    next('maxBuffer:', err.name, err.code, err.message, stdout.length, err.killed)),
  (next) => exec('echo 12345678 >&2; exec sleep 5', { maxBuffer: 4 }, (err, stdout, stderr) =>
    next('stderr maxBuffer:', err.message, JSON.stringify(stderr))),
  (next) => exec('printf "%s" abcdef', { maxBuffer: 6 }, (err, stdout) => next('exactly maxBuffer:', err, stdout)),
  (next) => {
    const ac = new AbortController();
    const child = execFile('sleep', ['20'], { signal: ac.signal }, (err) =>
      next('aborted:', err.name, err.code, err.message, child.killed));
    setTimeout(() => ac.abort(), 50);
  },
  (next) => {
    const child = spawn('sleep', ['20'], { signal: AbortSignal.abort('why') });
    child.on('error', (err) => console.log('pre-aborted error:', err.name, err.cause));
    child.on('exit', (code, signal) => next('pre-aborted exit:', code, signal));
  },
];
(function run(i) {
  if (i < steps.length) steps[i]((...args) => { console.log(...args); run(i + 1); });
})(0);
