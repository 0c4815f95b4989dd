// Flags: --allow-net=127.0.0.1
// CONNECT: the server's 'connect' event gets the raw socket; the client's 'connect' the tunnel.
const http = require('http');

const proxy = http.createServer((req, res) => res.end());
proxy.on('connect', (req, socket, head) => {
  console.log('proxy connect to', req.url, 'head', JSON.stringify(head.toString()));
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
  socket.on('data', (d) => socket.end(`tunnel says: ${d}`));
});

proxy.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: proxy.address().port, method: 'CONNECT', path: 'example.org:443' });
  req.on('connect', (res, socket, head) => {
    console.log('client connect', res.statusCode, res.statusMessage, JSON.stringify(head.toString()));
    socket.write('ping');
    socket.setEncoding('utf8');
    socket.on('data', (d) => console.log(d));
    socket.on('end', () => proxy.close());
  });
  req.end();
});
