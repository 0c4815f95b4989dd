// Flags: --allow-serial --sim fixtures/echo.json
// The simulated board's UART0 (by name) reaches the scenario's serial peer, here an echo device, so
// what is written comes back; the sim wires RTS/DTR back to CTS/DSR like a null-modem cable; serialport
// 9's constructor form (path, options, callback) works too.
const assert = require('assert');
const common = require('../../common');
const { SerialPort, ReadlineParser } = require('serialport');

const port = new SerialPort({ path: 'UART0', baudRate: 38400 });
port.pipe(new ReadlineParser()).on('data', common.mustCall((line) => {
  assert.strictEqual(line, 'AT+PING');
  port.set({ rts: true, dtr: false }, common.mustCall((err) => {
    assert.strictEqual(err, null);
    port.get(common.mustCall((e, status) => {
      assert.ifError(e);
      assert.deepStrictEqual(status, { cts: true, dsr: false, dcd: false });
      port.close(common.mustCall(() => {
        const legacy = new SerialPort('UART0', { baudRate: 9600 }, common.mustCall((oe) => {
          assert.strictEqual(oe, null);
          assert.strictEqual(legacy.baudRate, 9600);
          legacy.close(common.mustCall());
        }));
      }));
    }));
  }));
}));
port.write('AT+PING\n');
