// Flags: --allow-net=localhost --allow-env=TLS_*
// ALPN picks the first server protocol the client offers; SNI carries the name the client asks for.
const tls = require('tls');
const keys = require('./fixtures/keys');

const server = tls.createServer({ key: keys.key, cert: keys.cert, ALPNProtocols: ['h2', 'http/1.1'] }, (s) => {
  console.log('server: alpn', s.alpnProtocol, 'servername', s.servername);
  s.end();
});

function connect(options) {
  return new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: 'localhost', ca: keys.ca, ...options }, () => {
      console.log('client: alpn', c.alpnProtocol, 'servername', c.servername);
    });
    c.resume();
    c.on('close', resolve);
  });
}

server.listen(0, 'localhost', async () => {
  await connect({ ALPNProtocols: ['http/1.1'] });
  await connect({ ALPNProtocols: ['spdy/3', 'h2'], servername: 'localhost' });
  await connect({});
  server.close();
});
