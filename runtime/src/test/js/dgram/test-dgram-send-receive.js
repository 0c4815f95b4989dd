// Flags: --allow-net
'use strict';
// A UDP echo on loopback: 'listening', 'message' with rinfo, send() with offset/length, a list of
// buffers sent as one datagram, typed arrays and strings, an empty and a 60 KB datagram, the
// send callback's byte count, and 'close'.
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
server.on('listening', () => {
  const { address, family } = server.address();
  console.log('listening', address, family, typeof server.address().port);
});
server.on('message', (msg, rinfo) => {
  server.send(msg, rinfo.port, rinfo.address);
});
server.on('close', () => console.log('server close'));

server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = dgram.createSocket('udp4');
  const sends = [
    (cb) => client.send('hello', port, '127.0.0.1', cb),
    (cb) => client.send(Buffer.from('--slice--'), 2, 5, port, '127.0.0.1', cb),
    (cb) => client.send(['one ', Buffer.from('two '), new Uint8Array([116, 104, 114, 101, 101])], port, '127.0.0.1', cb),
    (cb) => client.send(new DataView(new ArrayBuffer(3)), port, '127.0.0.1', cb),
    (cb) => client.send('', port, 'localhost', cb),
    (cb) => client.send(Buffer.alloc(60000, 'x'), port, cb),
    (cb) => client.send(Buffer.alloc(70000), port, '127.0.0.1', (err) => cb(null, err.code)),
  ];
  let i = 0;
  client.on('message', (msg, rinfo) => {
    const text = msg.length > 20 ? `<${msg.length} bytes>` : JSON.stringify(msg.toString('latin1'));
    console.log('echo', text, { address: rinfo.address, family: rinfo.family, size: rinfo.size, port: rinfo.port === port });
    next();
  });
  function next() {
    if (i === sends.length) {
      client.close(() => console.log('client close'));
      server.close();
      return;
    }
    sends[i++]((err, sent) => {
      console.log('sent', err, sent);
      if (typeof sent === 'string') next();
    });
  }
  next();
});
