// Flags: --allow-run
'use strict';
// kill(): SIGTERM by default, any signal by name or number, process.kill(child.pid, sig);
// 'exit' reports the signal with a null code; after the exit kill() returns false.
const { spawn } = require('child_process');
const os = require('os');

function killWith(sig, how) {
  return new Promise((resolve) => {
    const child = spawn('sleep', ['30']);
    child.on('spawn', () => {
      const ret = how === 'process' ? process.kill(child.pid, sig) : sig === undefined ? child.kill() : child.kill(sig);
      console.log(`kill(${sig}) via ${how}:`, ret, 'killed', child.killed);
    });
    child.on('exit', (code, signal) => console.log('  exit', code, signal, child.signalCode, child.exitCode));
    child.on('close', (code, signal) => {
      console.log('  close', code, signal, 'kill again:', child.kill());
      resolve();
    });
  });
}

(async () => {
  await killWith(undefined, 'child');
  await killWith('SIGKILL', 'child');
  await killWith('sigint', 'child');
  await killWith(os.constants.signals.SIGHUP, 'child');
  await killWith('SIGUSR2', 'process');

  const child = spawn('sleep', ['30']);
  try {
    child.kill('SIGNOPE');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    child.kill(12345);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  console.log('signal 0 probes:', child.kill(0), 'killed', child.killed);
  child.kill();

  // A trapped signal: the child exits by itself with its own code.
  const trap = spawn('sh', ['-c', 'trap "exit 7" TERM; echo ready; while :; do sleep 0.05; done']);
  trap.stdout.once('data', () => trap.kill());
  trap.on('exit', (code, signal) => console.log('trapped', code, signal, trap.killed));
})();
