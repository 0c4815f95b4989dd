// Flags: --allow-run
'use strict';
// Bad arguments throw synchronously with Node's codes and messages, before anything runs.
const cp = require('child_process');

const cases = [
  () => cp.spawn(),
  () => cp.spawn(42),
  () => cp.spawn(''),
  () => cp.spawn('echo', 'str'),
  () => cp.spawn('echo', ['a\u0000b']),
  () => cp.spawn('echo', [], 'opts'),
  () => cp.spawn('echo', { cwd: 42 }),
  () => cp.spawn('echo', { cwd: 'a\u0000' }),
  () => cp.spawn('echo', { detached: 'yes' }),
  () => cp.spawn('echo', { uid: 1.5 }),
  () => cp.spawn('echo', { gid: 'root' }),
  () => cp.spawn('echo', { shell: 1 }),
  () => cp.spawn('echo', { argv0: 7 }),
  () => cp.spawn('echo', { stdio: 'everything' }),
  () => cp.spawn('echo', { stdio: 42 }),
  () => cp.spawn('echo', { stdio: [true] }),
  () => cp.spawn('echo', { stdio: ['ipc', 'ipc'] }),
  () => cp.spawn('echo', { stdio: [Buffer.from('x')] }),
  () => cp.spawn('echo', { timeout: -1 }),
  () => cp.spawn('echo', { timeout: 1.5 }),
  () => cp.spawn('echo', { killSignal: 'SIGNOPE' }),
  () => cp.spawn('echo', { killSignal: {} }),
  () => cp.spawn('echo', { signal: 'abort' }),
  () => cp.spawn('echo', { env: { A: 'x\u0000' } }),
  () => cp.spawn('echo', { serialization: 'xml' }),
  () => cp.exec(42),
  () => cp.exec('echo', { maxBuffer: -1 }),
  () => cp.execSync('a\u0000b'),
  () => cp.execFile('echo', [], { maxBuffer: 'big' }),
  () => cp.spawnSync('echo', { timeout: 'soon' }),
  () => cp.fork(42),
  () => cp.fork('x.js', { stdio: ['pipe', 'pipe', 'pipe'] }),
];
for (const fn of cases) {
  try {
    fn();
    console.log('no error:', fn.toString());
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}
