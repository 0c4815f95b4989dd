// Flags: --allow-net=127.0.0.1
// Without allowHalfOpen a socket ends itself after the peer's FIN; writing later fails with EPIPE.
const net = require('net');

const server = net.createServer((sock) => {
  sock.on('end', () => {
    console.log('server: end; writableEnded', sock.writableEnded);
    setImmediate(() => {
      console.log('server: after end, writableEnded', sock.writableEnded);
    });
  });
  sock.on('close', () => server.close());
  sock.resume();
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  client.on('connect', () => client.end());
  client.on('end', () => {
    console.log('client: end; allowHalfOpen', client.allowHalfOpen, 'writable', client.writable);
  });
  client.on('close', () => console.log('client: close'));
});

const lone = new net.Socket();
lone.on('end', () => {});
console.log('fresh socket readyState', lone.readyState, lone.pending, lone.connecting);
lone.destroy();
