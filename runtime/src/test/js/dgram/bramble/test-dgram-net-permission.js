// Flags: --allow-net=127.0.0.1:5683,localhost,0.0.0.0:4000
'use strict';
// --allow-net for UDP, checked when the call is made: bind with our address:port as given, send
// and connect with the peer's host:port as named (a name is also checked when looked up). The
// implicit bind of a first send needs no grant, as a TCP client's local port needs none.
const assert = require('assert');
const dgram = require('dgram');
const common = require('../../common');

const denied = (api, what) => ({
  code: 'ERR_ACCESS_DENIED',
  message: `${api}: Requires net access to "${what}", run again with the --allow-net flag`,
});

const s = dgram.createSocket('udp4');
assert.throws(() => s.bind(4001), denied('dgram.Socket.bind()', '0.0.0.0:4001'));
assert.throws(() => s.bind(0, '127.0.0.1'), denied('dgram.Socket.bind()', '127.0.0.1:0'));
assert.throws(() => s.send('x', 9999, '127.0.0.1'), denied('dgram.Socket.send()', '127.0.0.1:9999'));
assert.throws(() => s.send('x', 53), denied('dgram.Socket.send()', '127.0.0.1:53'));
assert.throws(() => s.connect(9999, '127.0.0.1'), denied('dgram.Socket.connect()', '127.0.0.1:9999'));

// Granted: an implicit bind, then sends to 127.0.0.1:5683 and to localhost on any port.
s.send('coap', 5683, '127.0.0.1', common.mustSucceed(() => {
  s.send('by name', 7, 'localhost', common.mustSucceed(() => s.close()));
}));

const server = dgram.createSocket('udp4');
server.bind(4000, common.mustCall(() => server.close()));
const v6 = dgram.createSocket('udp6');
assert.throws(() => v6.connect(5683), denied('dgram.Socket.connect()', '[::1]:5683'));
v6.close();
