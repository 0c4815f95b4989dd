// Flags: --allow-net=127.0.0.1
// getConnections() counts open sockets; maxConnections drops the extra ones with 'drop';
// close() stops accepting at once but 'close' waits for the last connection to end.
const net = require('net');

const server = net.createServer({ pauseOnConnect: false });
server.maxConnections = 2;
const sockets = [];
server.on('connection', (sock) => {
  sockets.push(sock);
  sock.resume();
});
server.on('drop', (data) => {
  console.log('drop:', Object.keys(data).sort(), data.localAddress, data.remoteFamily);
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const clients = [];
  let connected = 0;
  for (let i = 0; i < 3; i++) {
    const c = net.connect(port, '127.0.0.1', () => { if (++connected === 3) setTimeout(check, 100); });
    c.on('error', () => {});
    c.resume();
    clients.push(c);
  }
  function check() {
    server.getConnections((err, n) => {
      console.log('getConnections:', err, n, sockets.length);
      server.close(() => console.log("server 'close' after the last connection; listening", server.listening));
      console.log('listening after close()', server.listening, server.address());
      net.connect(port, '127.0.0.1').on('error', (e) => {
        console.log('a new connection is refused:', e.code);
        sockets[0].end();
        setTimeout(() => {
          server.getConnections((err2, m) => {
            console.log('after one ended:', m);
            sockets[1].destroy();
          });
        }, 100);
      });
    });
  }
});
