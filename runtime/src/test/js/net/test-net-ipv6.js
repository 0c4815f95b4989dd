// Flags: --allow-net=::1,0.0.0.0
// IPv6 loopback: families and addresses on both ends; listen() with no host takes every address.
const net = require('net');

const server = net.createServer((sock) => {
  console.log('server: remote', sock.remoteAddress, sock.remoteFamily, 'local', sock.localAddress, sock.localFamily);
  sock.end();
});
server.listen(0, '::1', () => {
  console.log('address', server.address().address, server.address().family);
  const client = net.connect({ port: server.address().port, host: '::1' }, () => {
    console.log('client: remote', client.remoteAddress, client.remoteFamily, client.address().family);
  });
  client.resume();
  client.on('close', () => server.close(anyAddress));
});

function anyAddress() {
  const any = net.createServer().listen(0, () => {
    console.log('no host:', any.address().address, any.address().family);
    any.close();
  });
  console.log('address() right after listen(0):', any.address() !== null);
}
