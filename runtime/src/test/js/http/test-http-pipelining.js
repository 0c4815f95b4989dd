// Flags: --allow-net=127.0.0.1
// Pipelined requests on one connection are answered in order, even when a later one finishes first.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  const delay = req.url === '/slow' ? 100 : 0;
  setTimeout(() => res.end(`answer for ${req.url}`), delay);
});

server.listen(0, '127.0.0.1', () => {
  const s = net.connect(server.address().port, '127.0.0.1', () => {
    s.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n\r\nGET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  let got = '';
  s.on('data', (d) => { got += d; });
  s.on('end', () => {
    console.log(got.split('\r\n').filter((l) => l.startsWith('answer') || l.startsWith('HTTP') || l.startsWith('Connection')));
    server.close();
  });
});
