// Flags: --allow-net=127.0.0.1:1
// Without --allow-net for the target, connect and listen fail with ERR_ACCESS_DENIED as an
// 'error' event (like the OS's own refusals), naming the host:port and the flag.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

function denied(pattern) {
  return common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_ACCESS_DENIED');
    assert.match(err.message, pattern);
  });
}

net.connect(8080, '10.1.2.3').on('error', denied(/^net\.connect\(\): Requires net access to "10\.1\.2\.3:8080", run again with the --allow-net flag$/));
net.connect(8080, 'example.com').on('error', denied(/"example\.com:8080"/));
net.connect({ port: 2, host: '127.0.0.1' }).on('error', denied(/"127\.0\.0\.1:2"/));
net.connect({ port: 80, host: '::1' }).on('error', denied(/"\[::1\]:80"/));
net.createServer().listen(0).on('error', denied(/^net\.Server\.listen\(\): Requires net access to "0\.0\.0\.0:0"/));
net.createServer().listen(0, '127.0.0.1').on('error', denied(/"127\.0\.0\.1:0"/));
net.createServer().listen(0, 'localhost').on('error', denied(/"localhost:0"/));
net.createServer().listen('/tmp/bramble-denied.sock').on('error', denied(/read access to "\/tmp\/bramble-denied\.sock"/));

// The one port that is granted gets as far as the OS (nothing listens there).
net.connect(1, '127.0.0.1').on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNREFUSED')));
