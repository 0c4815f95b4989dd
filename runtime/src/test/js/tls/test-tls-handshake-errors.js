// Flags: --allow-net=localhost --allow-env=TLS_*
// Handshakes that cannot work: plain text to a TLS server, TLS to a plain server, no common
// protocol version. The server reports them as 'tlsClientError' and keeps serving.
const tls = require('tls');
const net = require('net');
const keys = require('./fixtures/keys');

const serverLog = [];
const server = tls.createServer({ key: keys.key, cert: keys.cert, minVersion: 'TLSv1.3' }, (s) => s.end('ok'));
server.on('tlsClientError', (err, socket) => {
  serverLog.push(`tlsClientError ${err.code} ${socket instanceof tls.TLSSocket}`);
});

function plainToTls(port) {
  return new Promise((resolve) => {
    const s = net.connect(port, 'localhost', () => s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    s.on('error', () => {});
    s.on('close', resolve);
    s.resume();
  });
}

function tlsClient(port, options) {
  return new Promise((resolve) => {
    const c = tls.connect({ port, host: 'localhost', ca: keys.ca, ...options }, () => {
      console.log('connected', c.getProtocol());
      c.end();
    });
    c.on('error', (e) => console.log('client error', e.code));
    c.on('close', resolve);
    c.resume();
  });
}

server.listen(0, 'localhost', async () => {
  const port = server.address().port;
  await plainToTls(port);
  await tlsClient(port, { maxVersion: 'TLSv1.2' });
  await tlsClient(port, {});
  const plain = net.createServer((s) => {
    s.resume();
    s.end('not tls at all\r\n');
  });
  plain.listen(0, 'localhost', async () => {
    await tlsClient(plain.address().port, {});
    plain.close();
    await new Promise((r) => setTimeout(r, 50));
    console.log('server:', serverLog);
    server.close();
  });
});
