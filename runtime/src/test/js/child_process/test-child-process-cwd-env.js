// Flags: --allow-run --allow-env
'use strict';
// cwd (relative to ours, or a URL) and env: the child gets exactly options.env, and the program
// is looked up in options.env.PATH. A missing cwd is an ENOENT 'error', as Node reports it.
const { spawnSync, execFile, spawn } = require('child_process');
const path = require('path');
const { pathToFileURL } = require('url');

const pwd = (cwd) => path.basename(spawnSync('pwd', { cwd, encoding: 'utf8' }).stdout.trim());
console.log('cwd:', pwd('fixtures'), pwd(pathToFileURL(path.join(__dirname, 'fixtures', 'bin'))), pwd());

process.env.BRAMBLE_TEST_PARENT = 'inherited';
console.log('inherited:', spawnSync('sh', ['-c', 'echo $BRAMBLE_TEST_PARENT'], { encoding: 'utf8' }).stdout.trim());

const env = { ONLY: 'this', PATH: '/usr/bin:/bin' };
const r = spawnSync('sh', ['-c', 'echo "ONLY=$ONLY PARENT=${BRAMBLE_TEST_PARENT:-unset}"'], { env, encoding: 'utf8' });
console.log('replaced:', r.stdout.trim());

// The lookup uses the child's PATH, not ours.
const bin = path.join(__dirname, 'fixtures', 'bin');
execFile('bramble-test-greet', ['hi'], { env: { PATH: `${bin}:/usr/bin:/bin` } }, (err, stdout) => {
  console.log('found:', err, stdout.trim());
  const missing = spawnSync('bramble-test-greet', { env: { PATH: '/usr/bin:/bin' } });
  console.log('not found:', missing.error.code, missing.error.syscall);

  const bad = spawn('pwd', { cwd: path.join(__dirname, 'no-such-dir') });
  bad.on('error', (e) => console.log('bad cwd:', e.code, e.syscall, e.path));
  bad.on('close', (code) => console.log('bad cwd close', code));
});
