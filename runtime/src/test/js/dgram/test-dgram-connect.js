// Flags: --allow-net
'use strict';
// A connected socket: 'connect', send() without an address, remoteAddress(), the errors for a
// second connect or an address on send, and disconnect() back to sending anywhere.
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const seen = [];
server.on('message', (msg) => {
  seen.push(String(msg));
  if (seen.length === 3) {
    console.log('server saw', seen);
    server.close();
    const unresolved = dgram.createSocket('udp4');
    unresolved.connect(9, 'a..b', (err) => {
      console.log('connect lookup error:', err.code, err.syscall, err.hostname);
      unresolved.close();
    });
  }
});
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = dgram.createSocket('udp4');
  try {
    client.remoteAddress();
  } catch (e) {
    console.log('before connect:', e.code, e.message);
  }
  client.connect(port, 'localhost', () => {
    const remote = client.remoteAddress();
    console.log('connected', remote.address, remote.family, remote.port === port);
    try {
      client.connect(port);
    } catch (e) {
      console.log('connect again:', e.code, e.message);
    }
    try {
      client.send('x', port, '127.0.0.1');
    } catch (e) {
      console.log('send with address:', e.code, e.message);
    }
    client.send('first', (err, n) => {
      console.log('sent connected', err, n);
      client.send(Buffer.from('xsecondx'), 1, 6, (err, n) => {
        console.log('sent slice', err, n);
        client.disconnect();
        try {
          client.disconnect();
        } catch (e) {
          console.log('disconnect again:', e.code);
        }
        client.send('third', port, '127.0.0.1', (err, n) => {
          console.log('sent after disconnect', err, n);
          client.close();
        });
      });
    });
  });
  client.on('connect', () => console.log('connect event'));
});
