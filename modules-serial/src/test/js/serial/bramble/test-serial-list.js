// Flags: --board sim
// SerialPort.list() resolves with the OS's ports in serialport's shape (ptys are not listed, as with
// serialport); each entry has a path and only string or undefined facts.
const assert = require('assert');
const common = require('../../common');
const { SerialPort } = require('serialport');

SerialPort.list().then(common.mustCall((ports) => {
  assert.ok(Array.isArray(ports));
  for (const p of ports) {
    assert.strictEqual(typeof p.path, 'string');
    assert.ok(p.path.startsWith('/dev/'), p.path);
    for (const k of ['manufacturer', 'serialNumber', 'pnpId', 'locationId', 'vendorId', 'productId']) {
      assert.ok(k in p, k);
      assert.ok(p[k] === undefined || typeof p[k] === 'string', `${k}: ${p[k]}`);
    }
  }
  assert.ok(!ports.some((p) => p.path.startsWith('/dev/pts/')), 'ptys are not serial ports to list');
}));
