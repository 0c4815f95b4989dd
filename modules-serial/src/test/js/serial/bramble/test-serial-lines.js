// Flags: --allow-serial --allow-env=SERIAL_A,SERIAL_B --board sim
// Lines over a real pty pair: what one end writes in odd-sized pieces the other reads back through
// ReadlineParser as whole lines; both ports open with serialport's options and close cleanly.
const assert = require('assert');
const common = require('../../common');
const { SerialPort, ReadlineParser } = require('serialport');

const sentences = [
  '$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47',
  '$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A',
  'plain text with ünïcødé',
];
const a = new SerialPort({ path: process.env.SERIAL_A, baudRate: 115200 });
const b = new SerialPort({ path: process.env.SERIAL_B, baudRate: 115200, dataBits: 8, stopBits: 1, parity: 'none' });
assert.strictEqual(a.isOpen, false);
assert.strictEqual(a.path, process.env.SERIAL_A);
assert.strictEqual(a.baudRate, 115200);

const got = [];
a.pipe(new ReadlineParser({ delimiter: '\r\n' })).on('data', (line) => {
  assert.strictEqual(typeof line, 'string');
  got.push(line);
  if (got.length === sentences.length) {
    assert.deepStrictEqual(got, sentences);
    a.close(common.mustCall((err) => assert.strictEqual(err, null)));
    b.close(common.mustCall());
  }
});
a.on('open', common.mustCall(() => assert.strictEqual(a.isOpen, true)));
b.on('open', common.mustCall(() => {
  const all = Buffer.from(sentences.map((s) => `${s}\r\n`).join(''));
  // Odd-sized pieces, so lines cross chunk boundaries.
  for (let i = 0; i < all.length; i += 7) b.write(all.subarray(i, i + 7));
}));
a.on('close', common.mustCall((err) => assert.strictEqual(err, null)));
