'use strict';
// Bad arguments throw synchronously with Node's codes and messages.
const dgram = require('dgram');

const s = dgram.createSocket('udp4');
const cases = [
  () => dgram.createSocket('udp5'),
  () => dgram.createSocket({ type: 'tcp' }),
  () => dgram.createSocket({ type: 'udp4', lookup: 'dns' }),
  () => dgram.createSocket({ type: 'udp4', recvBufferSize: -1 }),
  () => dgram.createSocket({ type: 'udp4', signal: 'stop' }),
  () => s.send('x', 0, '127.0.0.1'),
  () => s.send('x', 70000, '127.0.0.1'),
  () => s.send('x', 'port', '127.0.0.1'),
  () => s.send(42, 1234, '127.0.0.1'),
  () => s.send({}, 1234, '127.0.0.1'),
  () => s.send(['a', 1], 1234),
  () => s.send('abc', 4, 1, 1234, '127.0.0.1'),
  () => s.send('abc', 1, 5, 1234, '127.0.0.1'),
  () => s.send('x', 1234, 42),
  () => s.sendto('x', 'a', 1, 1234, '127.0.0.1'),
  () => s.connect(0),
  () => s.connect(1234, 42),
  () => s.disconnect(),
  () => s.remoteAddress(),
  () => s.setMulticastInterface(42),
  () => s.addSourceSpecificMembership('127.0.0.1', 42),
  () => s.setTTL(),
];
for (const fn of cases) {
  try {
    fn();
    console.log('no error:', fn.toString());
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}
s.close();
