// Flags: -A
// A server on a Unix domain socket path: address() is the path, clients connect by path, and a
// path that nobody listens on fails with ENOENT.
const net = require('net');
const os = require('os');
const path = require('path');

const sockPath = path.join(os.tmpdir(), `bramble-net-${process.pid}.sock`);
const server = net.createServer((sock) => {
  sock.end(`over unix; the server sees remoteAddress ${sock.remoteAddress}, localAddress ${sock.localAddress}`);
});

server.listen(sockPath, () => {
  console.log('address is the path:', server.address() === sockPath);
  const client = net.connect(sockPath);
  client.setEncoding('utf8');
  client.on('connect', () => console.log('client: connect', client.remoteAddress, client.remotePort));
  client.on('data', (d) => console.log('client: data', d));
  client.on('close', () => {
    server.close(() => {
      net.connect(sockPath).on('error', (err) => {
        console.log(err.message.replace(sockPath, 'PATH'), err.code, err.syscall, err.address === sockPath);
      });
    });
  });
});
