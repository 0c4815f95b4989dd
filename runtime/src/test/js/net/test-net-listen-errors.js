// Flags: --allow-net=127.0.0.1
// listen() on a port in use emits Node's EADDRINUSE; calling listen twice throws.
const net = require('net');

const first = net.createServer().listen(0, '127.0.0.1', () => {
  const port = first.address().port;
  try {
    first.listen(0);
  } catch (e) {
    console.log('twice:', e.code, e.message);
  }
  const second = net.createServer();
  second.on('listening', () => console.log('unexpected listening'));
  second.listen(port, '127.0.0.1');
  second.on('error', (err) => {
    console.log(err.message.replace(String(port), 'PORT'));
    console.log(Object.keys(err), err.code, err.errno, err.syscall, err.address, err.port === port);
    console.log('second listening?', second.listening, second.address());
    first.close(() => {
      second.close((e) => console.log('close of a server never listening:', e.code, e.message));
    });
  });
});
