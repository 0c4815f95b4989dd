// Flags: --allow-net=127.0.0.1
// maxHeaderSize per server and per request; maxHeadersCount keeps only the first headers.
const http = require('http');
const net = require('net');

const server = http.createServer({ maxHeaderSize: 100 }, (req, res) => res.end(`${req.rawHeaders.length / 2} headers`));
server.maxHeadersCount = 2;

function raw(port, head) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => s.write(head));
    let got = '';
    s.on('data', (d) => { got += d; });
    s.on('close', () => resolve(got.split('\r\n')[0] + ' | ' + got.slice(got.indexOf('\r\n\r\n') + 4)));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  console.log(await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\nConnection: close\r\n\r\n'));
  console.log(await raw(port, `GET / HTTP/1.1\r\nHost: x\r\nBig: ${'x'.repeat(200)}\r\n\r\n`));
  const big = http.createServer((req, res) => {
    res.setHeader('X-Big', 'y'.repeat(300));
    res.end();
  });
  big.listen(0, '127.0.0.1', () => {
    http.get({ host: '127.0.0.1', port: big.address().port, maxHeaderSize: 100 })
      .on('error', (e) => {
        console.log('client:', e.code, e.message);
        big.close();
        server.close();
      });
  });
});
