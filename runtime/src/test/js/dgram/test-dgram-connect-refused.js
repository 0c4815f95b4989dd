// Flags: --allow-net
'use strict';
// A connected socket hears the ICMP "port unreachable" of a peer that is not listening: an 'error'
// event (recvmsg ECONNREFUSED), as in Node; the socket is still usable afterwards.
const dgram = require('dgram');

const gone = dgram.createSocket('udp4');
gone.bind(0, '127.0.0.1', () => {
  const port = gone.address().port;
  gone.close(() => {
    const s = dgram.createSocket('udp4');
    s.on('error', (err) => {
      console.log('error event:', err.message, err.code, err.errno, err.syscall);
      console.log('still connected:', s.remoteAddress().port === port);
      s.close(() => console.log('closed'));
    });
    s.connect(port, '127.0.0.1', () => s.send('anyone?', (err, n) => console.log('sent', err, n)));
  });
});
