// Flags: --allow-serial --sim fixtures/echo.json
// The simulated board's UART0 (by name, or its sim:uart0 device) reaches the scenario's serial peer;
// here an echo device, so what is written comes back.
const assert = require('assert');
const common = require('../../common');
const { SerialPort, ReadlineParser } = require('serialport');

const port = new SerialPort({ path: 'UART0', baudRate: 38400 });
port.pipe(new ReadlineParser()).on('data', common.mustCall((line) => {
  assert.strictEqual(line, 'AT+PING');
  port.close(common.mustCall());
}));
port.write('AT+PING\n');
