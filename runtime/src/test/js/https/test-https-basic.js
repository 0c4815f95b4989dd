// Flags: --allow-net=localhost --allow-env=TLS_*
// An https server and client: requests over TLS, the socket's TLS facts, keep-alive reuse through
// https.Agent, and a client that does not trust the server.
const https = require('https');
const keys = require('../tls/fixtures/keys');

const server = https.createServer({ key: keys.key, cert: keys.cert }, (req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end(`${req.method} ${req.url} encrypted=${req.socket.encrypted} alpn=${req.socket.alpnProtocol}`);
});

function get(path, options = {}) {
  return new Promise((resolve) => {
    const req = https.get({ host: 'localhost', port: server.address().port, path, ca: keys.ca, ...options }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${res.statusCode} ${body} reused=${req.reusedSocket} authorized=${res.socket?.authorized ?? 'freed'}`));
    });
    req.on('error', (e) => resolve(`error ${e.code}`));
  });
}

server.listen(0, 'localhost', async () => {
  console.log(await get('/one'));
  const agent = new https.Agent({ keepAlive: true, ca: keys.ca });
  console.log('agent', agent.defaultPort, agent.protocol, agent.maxCachedSessions);
  console.log(await get('/two', { agent }));
  await new Promise((r) => setImmediate(r));
  console.log(await get('/three', { agent }));
  console.log(await get('/untrusted', { ca: undefined, agent: false }));
  console.log(await get('/wrong-name', { servername: 'example.com', agent: false }));
  agent.destroy();
  https.globalAgent.destroy();
  server.close(() => console.log('closed'));
});
