// Flags: --allow-run
'use strict';
// fork() runs a program of this runtime with a message channel: send() and 'message' both ways
// (JSON values), the child's process.send/connected/disconnect, 'disconnect' and the exit; a
// child that never listens ends by itself (its channel does not keep it alive).
const { fork } = require('child_process');
const path = require('path');

// silent: the child's stdio are pipes to us (printed at the end, the order of two processes' output
// being the scheduler's).
const child = fork(path.join(__dirname, 'fixtures', 'forked-child.js'), ['an', 'arg'], { silent: true });
console.log('connected:', child.connected, 'has send:', typeof child.send, 'stdio:', child.stdio.length);
let childOut = '';
child.stdout.on('data', (d) => { childOut += d; });
const events = [];
child.on('message', (msg) => {
  console.log('parent got:', msg);
  if (msg === 'ready') {
    child.send({ n: 1, list: [1, 'two', null], nested: { ok: true } });
  } else if (msg.echo && msg.echo.n === 1) {
    // The callback and the child's answer race (the write completes on another thread).
    child.send('text', (err) => events.push(`send callback ${err}`));
  } else if (msg.echo === 'text') {
    child.send('bye');
  }
});
child.on('disconnect', () => events.push('disconnect'));
child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
child.on('close', (code, signal) => {
  console.log('close', code, signal, 'after', events.sort(), 'connected:', child.connected);
  console.log('child printed:', JSON.stringify(childOut));
  child.send('late', (err) => {
    console.log('send after disconnect:', err.code, err.message);
    quiet();
  });
});

function quiet() {
  // A child with no 'message' listener is not held by its channel.
  const q = fork(path.join(__dirname, 'fixtures', 'quiet-child.js'), { execArgv: [] });
  q.on('exit', (code) => console.log('listener-less child exited', code));
}
