// Flags: --allow-serial=UART0 --allow-env=SERIAL_A --board sim
// --allow-serial names ports by path or by the board's UART name; anything else is ERR_ACCESS_DENIED
// naming the flag, thrown by open (or the constructor with autoOpen).
const assert = require('assert');
const common = require('../../common');
const { SerialPort } = require('serialport');

assert.throws(() => new SerialPort({ path: process.env.SERIAL_A, baudRate: 9600 }),
  (e) => e.code === 'ERR_ACCESS_DENIED' && /--allow-serial/.test(e.message));
const uart = new SerialPort({ path: 'UART0', baudRate: 9600 }, common.mustCall((err) => {
  assert.strictEqual(err, null);
  uart.close(common.mustCall());
}));
