// Flags: --allow-net=127.0.0.1
// server.setTimeout and req.setTimeout emit 'timeout'; headersTimeout answers a slow client with 408.
const http = require('http');
const net = require('net');

const server = http.createServer({ headersTimeout: 300, requestTimeout: 600, connectionsCheckingInterval: 50 }, (req, res) => {
  // '/slow' never gets an answer.
  if (req.url !== '/slow') res.end('ok');
});
server.setTimeout(1000, (socket) => {
  console.log('server timeout event; destroying the socket myself');
  socket.destroy();
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  console.log('server.timeout', server.timeout, 'headersTimeout', server.headersTimeout, 'requestTimeout', server.requestTimeout,
    'keepAliveTimeout', server.keepAliveTimeout);
  const req = http.get({ host: '127.0.0.1', port, path: '/slow', agent: false });
  req.setTimeout(50, () => console.log('client request timeout event (the request goes on)'));
  req.on('error', (e) => {
    console.log('client error', e.code, e.message);
    slowHeaders(port);
  });
});

// Headers that never finish: 408 Request Timeout (with the server's own timeout off).
function slowHeaders(port) {
  server.setTimeout(0);
  server.removeAllListeners('timeout');
  const s = net.connect(port, '127.0.0.1', () => s.write('GET / HTTP/1.1\r\nHost: x\r\n'));
  let got = '';
  s.on('data', (d) => { got += d; });
  s.on('close', () => {
    console.log('slow headers got:', JSON.stringify(got));
    server.close();
  });
}
