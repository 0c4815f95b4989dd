// Flags: --allow-run
'use strict';
// exec runs a command line in /bin/sh; the callback gets (err, stdout, stderr) as strings, or
// Buffers with encoding 'buffer'. A non-zero exit is an Error with code, killed, signal and cmd.
const { exec, execFile } = require('child_process');
const util = require('util');

exec('echo "$((6 * 7))" && echo warn >&2', (err, stdout, stderr) => {
  console.log('ok:', err, JSON.stringify(stdout), JSON.stringify(stderr));

  exec('echo partial; echo oops >&2; exit 4', (err, stdout, stderr) => {
    console.log('failed:', err instanceof Error, JSON.stringify(err.message));
    console.log({ code: err.code, killed: err.killed, signal: err.signal, cmd: err.cmd });
    console.log(JSON.stringify(stdout), JSON.stringify(stderr));

    exec('printf "\\001\\002"', { encoding: 'buffer' }, (err, stdout, stderr) => {
      console.log('buffer:', stdout, stderr);
      exec('echo $0', { shell: '/bin/sh' }, (err, stdout) => {
        console.log('shell:', stdout.trim());
        exec('echo 616263', { encoding: 'hex' }, (err, stdout) => {
          console.log('hex:', stdout);
          promised();
        });
      });
    });
  });
});

async function promised() {
  const run = util.promisify(exec);
  const { stdout, stderr } = await run('echo promised');
  console.log('promisify:', JSON.stringify(stdout), JSON.stringify(stderr));
  try {
    await run('echo before; exit 2');
  } catch (e) {
    console.log('rejected:', e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr), Object.keys(e));
  }
  const p = run('echo child');
  console.log('promise.child:', typeof p.child.pid);
  await p;
  const file = await util.promisify(execFile)('echo', ['a', 'b']);
  console.log('execFile promisified:', file);
}
