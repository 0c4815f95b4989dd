// Flags: --allow-net=127.0.0.1
// An idle keep-alive connection is closed after keepAliveTimeout; the response announces it.
const http = require('http');
const net = require('net');

const server = http.createServer({ keepAliveTimeout: 200 }, (req, res) => res.end('hi'));
server.listen(0, '127.0.0.1', () => {
  const start = Date.now();
  const s = net.connect(server.address().port, '127.0.0.1', () => s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
  let got = '';
  s.on('data', (d) => { got += d; });
  s.on('end', () => {
    const idle = Date.now() - start;
    console.log(got.split('\r\n').filter((l) => /^(HTTP|Connection|Keep-Alive)/.test(l)));
    console.log('closed by the server after the timeout:', idle >= 190, idle < 5000);
    server.close();
  });
});
