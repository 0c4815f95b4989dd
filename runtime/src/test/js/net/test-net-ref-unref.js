// Flags: --allow-net=127.0.0.1
// An unref'd server or socket does not keep the process alive; ref() brings it back.
const net = require('net');

const server = net.createServer((sock) => {
  sock.resume();
  sock.unref();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    console.log('connected; unref both');
    c.unref();
    server.unref();
    const t = setTimeout(() => console.log('never: the timer is unref too'), 100000);
    t.unref();
  });
  c.ref();
  c.unref();
  c.ref();
});
process.on('exit', (code) => console.log('exit', code));
