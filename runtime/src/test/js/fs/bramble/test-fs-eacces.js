// Flags: --allow-read --allow-write=/
'use strict';
// A chmod-000 file: for a normal user every way of opening it fails with Node's EACCES error
// (errno -13, syscall open, the path); root may still read it, as the kernel allows (and Node then
// reads it too), but even root cannot pass an execute check on it.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { mustCall } = require('../../common');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bramble-eacces-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
process.chdir(dir);
fs.writeFileSync('locked', 'secret');
fs.chmodSync('locked', 0o000);

const eacces = (syscall) => (e) => {
  assert.strictEqual(e.code, 'EACCES');
  assert.strictEqual(e.errno, -13);
  assert.strictEqual(e.syscall, syscall);
  assert.strictEqual(e.path, 'locked');
  assert.strictEqual(e.message, `EACCES: permission denied, ${syscall} 'locked'`);
  return true;
};

assert.throws(() => fs.accessSync('locked', fs.constants.X_OK), eacces('access'));
if (process.getuid() === 0) {
  assert.strictEqual(fs.readFileSync('locked', 'utf8'), 'secret');
  fs.accessSync('locked', fs.constants.R_OK | fs.constants.W_OK);
} else {
  assert.throws(() => fs.readFileSync('locked'), eacces('open'));
  assert.throws(() => fs.openSync('locked', 'r+'), eacces('open'));
  assert.throws(() => fs.accessSync('locked', fs.constants.R_OK), eacces('access'));
  fs.readFile('locked', mustCall((err) => assert.ok(eacces('open')(err))));
  fs.createReadStream('locked').on('error', mustCall((err) => assert.ok(eacces('open')(err))));
  fs.promises.open('locked').catch(mustCall((err) => assert.ok(eacces('open')(err))));
  fs.mkdirSync('sealed');
  fs.chmodSync('sealed', 0o500);
  assert.throws(() => fs.writeFileSync('sealed/x', ''), (e) => e.code === 'EACCES' && e.path === 'sealed/x');
  fs.chmodSync('sealed', 0o700);
}
