// Flags: --allow-run
'use strict';
// execSync/execFileSync return the child's stdout (a Buffer, or a string with encoding) and throw
// on a non-zero exit with status, stderr and output attached; the child's stderr goes to ours.
const { execSync, execFileSync } = require('child_process');

console.log(execSync('echo hello'));
console.log(JSON.stringify(execSync('echo $((2 + 3))', { encoding: 'utf8' })));
console.log(JSON.stringify(execSync('tr a-z A-Z', { input: 'shout', encoding: 'utf8' })));
console.log(JSON.stringify(execFileSync('printf', ['%s|', 'a', 'b c'], { encoding: 'utf8' })));
console.log(execSync('echo inherited', { stdio: 'inherit' }));

try {
  execSync('echo partial; echo bad >&2; exit 3', { stdio: 'pipe' });
} catch (e) {
  console.log('execSync threw:', JSON.stringify(e.message));
  console.log({ status: e.status, signal: e.signal, stdout: String(e.stdout), stderr: String(e.stderr), output: e.output.length });
  console.log(Object.keys(e));
}
try {
  execFileSync('sh', ['-c', 'exit 1'], { encoding: 'utf8' });
} catch (e) {
  console.log('execFileSync threw:', JSON.stringify(e.message), e.status, JSON.stringify(e.stdout));
}
try {
  execSync('exec sleep 20', { timeout: 100 });
} catch (e) {
  console.log('timeout:', e.code, e.message, e.signal, e.status);
}
try {
  execSync('exit 0 ; echo unreachable', { shell: 42 });
} catch (e) {
  console.log(e.code, e.message);
}
