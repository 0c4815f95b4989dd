// Flags: --allow-run
'use strict';
// spawnSync blocks until the child ends and returns { status, signal, output, pid, stdout, stderr };
// input feeds stdin; timeout and maxBuffer kill the child and set error (ETIMEDOUT, ENOBUFS).
const { spawnSync } = require('child_process');

const show = (label, r) => console.log(label, {
  status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, pid: typeof r.pid,
  output: r.output && r.output.length, error: r.error && [r.error.code, r.error.message, r.error.syscall],
});

show('plain:', spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 5']));
show('input:', spawnSync('cat', { input: 'from input' }));
show('input buffer:', spawnSync('od', ['-An', '-tx1'], { input: Buffer.from([1, 2, 255]), encoding: 'utf8' }));
show('input typed array:', spawnSync('wc', ['-c'], { input: new Uint8Array(10), encoding: 'utf8' }));
show('encoding:', spawnSync('echo', ['text'], { encoding: 'utf8' }));
show('stdio ignore:', spawnSync('echo', ['gone'], { stdio: 'ignore' }));
show('no input is EOF:', spawnSync('cat', { encoding: 'utf8' }));
show('timeout:', spawnSync('sleep', ['20'], { timeout: 100 }));
show('timeout SIGKILL:', spawnSync('sleep', ['20'], { timeout: 100, killSignal: 'SIGKILL' }));
show('maxBuffer:', spawnSync('sh', ['-c', 'printf %020d 0; exec sleep 20'], { maxBuffer: 10, encoding: 'utf8' }));
show('shell:', spawnSync('echo $((1 + 2)) | tr 3 x', { shell: true, encoding: 'utf8' }));
show('argv0 keeps the program:', spawnSync('echo', ['arg'], { argv0: 'renamed', encoding: 'utf8' }));

try {
  spawnSync('cat', { input: 42 });
} catch (e) {
  console.log(e.code, e.message);
}
try {
  spawnSync('cat', { stdio: ['pipe', 'ipc'] });
} catch (e) {
  console.log(e.code, e.message);
}
