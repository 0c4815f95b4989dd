// Flags: --allow-serial --allow-env=SERIAL_A,SERIAL_B --board sim
// A large write over a pty pair: write() reports a full buffer and 'drain' follows; while the reader is
// paused nothing is lost (the kernel's buffer holds the rest); every byte arrives in order; drain() calls
// back once everything is out.
const assert = require('assert');
const common = require('../../common');
const { SerialPort } = require('serialport');

const SIZE = 1024 * 1024;
const data = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i++) data[i] = (i * 7 + (i >> 10)) & 0xff;

const a = new SerialPort({ path: process.env.SERIAL_A, baudRate: 115200, highWaterMark: 16 * 1024 });
const b = new SerialPort({ path: process.env.SERIAL_B, baudRate: 115200, highWaterMark: 16 * 1024 });
const chunks = [];
let received = 0;
let pausedOnce = false;
b.on('data', (chunk) => {
  chunks.push(chunk);
  received += chunk.length;
  if (!pausedOnce && received > 64 * 1024) {
    // A slow consumer: stop reading for a while; the writer must wait, not lose bytes.
    pausedOnce = true;
    b.pause();
    setTimeout(() => b.resume(), 300);
  }
  if (received === SIZE) {
    assert.ok(Buffer.concat(chunks).equals(data), 'bytes differ');
    finish();
  }
});
// Both the reader's last byte and the writer's drain() callback, in either order, end the test.
let pending = 2;
function finish() {
  if (--pending > 0) return;
  a.close(common.mustCall());
  b.close(common.mustCall());
}
a.on('open', common.mustCall(() => {
  let full = 0;
  for (let off = 0; off < SIZE; off += 4096) {
    if (!a.write(data.subarray(off, off + 4096))) full++;
  }
  assert.ok(full > 0, 'write() should report a full buffer');
  a.once('drain', common.mustCall());
  a.drain(common.mustCall((err) => {
    assert.strictEqual(err, null);
    finish();
  }));
}));
