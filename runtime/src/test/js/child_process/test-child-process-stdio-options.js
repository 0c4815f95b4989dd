// Flags: --allow-run
'use strict';
// stdio: 'inherit' (the child writes straight to our stdout), 'ignore', per-fd arrays, fd numbers
// and streams with an fd; a non-piped fd has no stream (null).
const { spawn } = require('child_process');

function run(stdio, script) {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', script], { stdio });
    const streams = child.stdio.map((s) => (s === null ? null : 'stream'));
    if (child.stdin) child.stdin.end();
    let out = '';
    if (child.stdout) child.stdout.on('data', (d) => { out += d; });
    child.on('close', (code) => resolve({ streams, out, code, stdin: child.stdin === null, stdout: child.stdout === null }));
  });
}

(async () => {
  console.log('inherit:', await run('inherit', 'echo "  from the child (inherit)"'));
  console.log('ignore:', await run('ignore', 'echo lost; cat; echo done'));
  console.log('array:', await run(['ignore', 'pipe', 'inherit'], 'echo piped; echo "  to stderr" >&2'));
  console.log('fds:', await run([0, 1, 2], 'echo "  fd 1 of ours"'));
  console.log('streams:', await run([process.stdin, process.stdout, 'ignore'], 'echo "  via process.stdout"'));
  // The child's stderr to our fd 1: it shows up in our stdout.
  console.log('cross:', await run(['ignore', 'pipe', 1], 'echo "  stderr on our stdout" >&2'));
  console.log('null and undefined are pipes:', await run([null, undefined, 'ignore'], 'read x; echo got-eof'));
})();
