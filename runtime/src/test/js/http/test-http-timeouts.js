// Flags: --allow-net=127.0.0.1
// server.setTimeout and req.setTimeout emit 'timeout'; headersTimeout answers a slow client with 408.
const http = require('http');
const net = require('net');

// No request timeouts here: only the inactivity timeout of server.setTimeout.
const server = http.createServer({ requestTimeout: 0 }, (req, res) => {
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
    server.close(slowHeaders);
  });
});

// Headers that never finish: 408 Request Timeout.
function slowHeaders() {
  const strict = http.createServer({ headersTimeout: 500, requestTimeout: 1000, connectionsCheckingInterval: 50 }, (req, res) => res.end());
  strict.listen(0, '127.0.0.1', () => {
    console.log('headersTimeout', strict.headersTimeout, 'requestTimeout', strict.requestTimeout);
    const s = net.connect(strict.address().port, '127.0.0.1', () => s.write('GET / HTTP/1.1\r\nHost: x\r\n'));
    let got = '';
    s.on('data', (d) => { got += d; });
    s.on('close', () => {
      console.log('slow headers got:', JSON.stringify(got));
      strict.close();
    });
  });
}
