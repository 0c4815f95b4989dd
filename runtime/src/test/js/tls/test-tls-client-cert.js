// Flags: --allow-net=localhost --allow-env=TLS_*
// requestCert: the server sees the client's certificate and whether it verifies; with
// rejectUnauthorized it turns away clients without one.
const tls = require('tls');
const keys = require('./fixtures/keys');

function run(serverOptions, clientOptions) {
  return new Promise((resolve) => {
    const log = [];
    const server = tls.createServer({ key: keys.key, cert: keys.cert, ca: keys.ca, requestCert: true, ...serverOptions }, (s) => {
      const peer = s.getPeerCertificate();
      log.push(`server: authorized ${s.authorized} ${s.authorizationError} peer ${peer.subject ? peer.subject.CN : JSON.stringify(peer)}`);
      s.end('welcome');
    });
    server.on('tlsClientError', (e) => log.push(`server: tlsClientError ${e.code}`));
    server.listen(0, 'localhost', () => {
      const c = tls.connect({ port: server.address().port, host: 'localhost', ca: keys.ca, ...clientOptions });
      c.on('secureConnect', () => log.push(`client: secureConnect, own certificate ${c.getCertificate().subject?.CN}`));
      c.on('data', (d) => log.push(`client: ${d}`));
      c.on('error', (e) => log.push(`client: error ${e.code}`));
      c.on('close', () => setTimeout(() => server.close(() => resolve(log)), 50));
    });
  });
}

(async () => {
  console.log(await run({}, { key: keys.clientKey, cert: keys.clientCert }));
  console.log(await run({ rejectUnauthorized: false }, {}));
  console.log(await run({ rejectUnauthorized: false, ca: keys.otherCa }, { key: keys.clientKey, cert: keys.clientCert }));
  const refused = await run({}, {});
  console.log('without a certificate, rejected:', !refused.some((l) => l.startsWith('server: authorized')));
})();
