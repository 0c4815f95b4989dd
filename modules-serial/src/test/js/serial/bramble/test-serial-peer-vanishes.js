// Flags: --allow-serial --allow-env=SERIAL_A,SERIAL_B --board sim
// Vanish: streaming
// The pty pair disappears mid-stream (the test runner kills socat when this prints "streaming", as when
// a USB adapter is pulled): the port closes with a DisconnectedError (err.disconnected), writes after that
// see a closed port, reopening fails (the device is gone), and the process exits on its own.
const assert = require('assert');
const common = require('../../common');
const { SerialPort } = require('serialport');

const a = new SerialPort({ path: process.env.SERIAL_A, baudRate: 115200 });
const b = new SerialPort({ path: process.env.SERIAL_B, baudRate: 115200 });
let got = 0;
let timer;
a.on('data', (d) => { got += d.length; });
b.on('open', common.mustCall(() => {
  timer = setInterval(() => b.write('tick\n', (err) => { if (err) clearInterval(timer); }), 20);
  setTimeout(() => console.log('streaming'), 200);
}));
a.on('close', common.mustCall((err) => {
  assert.ok(err, 'close after a disconnect carries the error');
  assert.strictEqual(err.disconnected, true);
  assert.ok(got > 0, 'some data arrived before the port went away');
  clearInterval(timer);
  assert.strictEqual(a.isOpen, false);
  a.open(common.mustCall((e) => assert.strictEqual(e.code, 'ENOENT')));
}));
b.on('close', common.mustCall(() => clearInterval(timer)));
b.on('error', () => {});
