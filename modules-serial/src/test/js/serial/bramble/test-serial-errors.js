// Flags: --allow-serial --allow-env=SERIAL_A,SERIAL_B --board sim
// Bad options throw with serialport's messages and Node codes; a missing device fails open with ENOENT;
// a port already open is EBUSY; calls on a closed port say "Port is not open"; none of it crashes the loop.
const assert = require('assert');
const common = require('../../common');
const { SerialPort } = require('serial');

assert.throws(() => new SerialPort({ baudRate: 9600 }), { name: 'TypeError', message: '"path" is not defined: undefined' });
assert.throws(() => new SerialPort({ path: process.env.SERIAL_A }), { name: 'TypeError', message: '"baudRate" must be a number: undefined' });
assert.throws(() => new SerialPort({ path: process.env.SERIAL_A, baudRate: 9600, dataBits: 9 }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new SerialPort({ path: process.env.SERIAL_A, baudRate: 9600, parity: 'sometimes' }), /"parity" must be one of/);
assert.throws(() => new SerialPort({ path: process.env.SERIAL_A, baudRate: 9600, stopBits: 3 }), /"stopBits"/);

const missing = new SerialPort({ path: '/dev/ttyBRAMBLE-NOPE', baudRate: 9600, autoOpen: false });
missing.open(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.match(err.message, /^Error: No such file or directory, cannot open \/dev\/ttyBRAMBLE-NOPE/);
  assert.strictEqual(missing.isOpen, false);
}));
const emits = new SerialPort({ path: '/dev/ttyBRAMBLE-NOPE', baudRate: 9600 });
emits.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));

const first = new SerialPort({ path: process.env.SERIAL_A, baudRate: 9600 }, common.mustCall((err) => {
  assert.strictEqual(err, null);
  first.open(common.mustCall((e) => assert.strictEqual(e.message, 'Port is already open')));
  const second = new SerialPort({ path: process.env.SERIAL_A, baudRate: 9600 }, common.mustCall((e) => {
    assert.strictEqual(e.code, 'EBUSY');
    assert.match(e.message, /^Error Resource temporarily unavailable Cannot lock port/);
    first.get(common.mustCall((ge, status) => {
      assert.ifError(ge);
      assert.deepStrictEqual(Object.keys(status), ['cts', 'dsr', 'dcd']);
      first.update({ baudRate: 57600 }, common.mustCall((ue) => {
        assert.ifError(ue);
        assert.strictEqual(first.baudRate, 57600);
        first.flush(common.mustCall((fe) => {
          assert.ifError(fe);
          first.close(common.mustCall(() => {
            first.close(common.mustCall((ce) => assert.strictEqual(ce.message, 'Port is not open')));
            first.update({ baudRate: 9600 }, common.mustCall((e2) => assert.strictEqual(e2.message, 'Port is not open')));
          }));
        }));
      }));
    }));
  }));
}));
