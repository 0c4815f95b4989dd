// Flags: --allow-net=127.0.0.1,::1
// Connecting where nobody listens fails with Node's ECONNREFUSED error (message and properties).
const net = require('net');

function show(label, err) {
  console.log(label, err.message);
  console.log(' ', Object.keys(err), err.errno, err.code, err.syscall, err.address, err.port === freePort);
}

let freePort;
const probe = net.createServer().listen(0, '127.0.0.1', () => {
  freePort = probe.address().port;
  probe.close(() => {
    const events = [];
    const s = net.connect(freePort, '127.0.0.1');
    s.on('connect', () => events.push('connect'));
    s.on('error', (err) => {
      events.push('error');
      show('ipv4:', { ...err, message: err.message.replace(String(freePort), 'PORT'), port: err.port });
    });
    s.on('close', (hadError) => {
      console.log('events', events, 'close', hadError, s.destroyed, s.readyState);
      net.connect({ port: freePort, host: '::1' }).on('error', (err) => {
        show('ipv6:', { ...err, message: err.message.replace(String(freePort), 'PORT'), port: err.port });
      });
    });
  });
});
