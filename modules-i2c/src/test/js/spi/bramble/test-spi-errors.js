// Flags: --allow-spi=spi0.0 --board sim
// Messages and options are checked as spi-device checks them (EINVAL naming the field); a device the
// board lacks is ENODEV; one outside --allow-spi is ERR_ACCESS_DENIED.
const assert = require('assert');
const common = require('../../common');
const spi = require('spi');

const dev = spi.openSync(0, 0);
const einval = (re) => (e) => e.code === 'EINVAL' && e.errno === 22 && re.test(e.message);
assert.throws(() => dev.transferSync([{ sendBuffer: Buffer.alloc(1) }]), einval(/^EINVAL, transfer byteLength not specified$/));
assert.throws(() => dev.transferSync([{ byteLength: -1, sendBuffer: Buffer.alloc(1) }]), einval(/byteLength must be an unsigned integer/));
assert.throws(() => dev.transferSync([{ byteLength: 4, sendBuffer: Buffer.alloc(2) }]), einval(/sendBuffer contains less than byteLength bytes/));
assert.throws(() => dev.transferSync([{ byteLength: 4, receiveBuffer: Buffer.alloc(2) }]), einval(/receiveBuffer contains less than byteLength bytes/));
assert.throws(() => dev.transferSync([{ byteLength: 1 }]), einval(/neither a sendBuffer nor a receiveBuffer/));
assert.throws(() => dev.transferSync('x'), einval(/message must be an array/));
assert.throws(() => dev.setOptionsSync({ mode: 4 }), einval(/mode/));
assert.throws(() => dev.setOptionsSync({ lsbFirst: 1 }), einval(/lsbFirst must be a boolean/));
assert.throws(() => dev.transfer([{ byteLength: 1, sendBuffer: Buffer.alloc(1) }]), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spi.openSync(0, 1), (e) => e.code === 'ERR_ACCESS_DENIED' && /--allow-spi/.test(e.message) && /spi0\.1/.test(e.message));
assert.throws(() => spi.openSync(-1, 0), { code: 'ERR_OUT_OF_RANGE' });
dev.closeSync();
