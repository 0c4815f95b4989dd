// Flags: --allow-net=localhost,127.0.0.1 --allow-env=TLS_*
// A client rejects servers it cannot verify, with OpenSSL's codes and texts; rejectUnauthorized:
// false lets it through with authorized false and the reason in authorizationError.
const tls = require('tls');
const keys = require('./fixtures/keys');

function serve(options) {
  return new Promise((resolve) => {
    const server = tls.createServer(options, (s) => s.end('hi'));
    server.on('tlsClientError', () => {});
    server.listen(0, 'localhost', () => resolve(server));
  });
}

function attempt(label, server, clientOptions) {
  return new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: 'localhost', ...clientOptions }, () => {
      console.log(label, '-> connected; authorized', c.authorized, 'authorizationError', c.authorizationError);
      c.end();
    });
    c.on('error', (e) => {
      console.log(label, '->', e.code, JSON.stringify(e.message), e.reason === undefined ? '' : `reason ${JSON.stringify(e.reason)}`);
    });
    c.on('close', resolve);
    c.resume();
  });
}

(async () => {
  const good = await serve({ key: keys.key, cert: keys.cert });
  const self = await serve({ key: keys.selfKey, cert: keys.selfCert });
  const chained = await serve({ key: keys.key, cert: `${keys.cert}\n${keys.ca}` });
  await attempt('trusted CA', good, { ca: keys.ca });
  await attempt('default CAs', good, {});
  await attempt('some other CA', good, { ca: keys.otherCa });
  await attempt('self-signed', self, {});
  await attempt('root sent in the chain', chained, {});
  await attempt('wrong host name', good, { ca: keys.ca, servername: 'example.com' });
  await attempt('by IP address', good, { ca: keys.ca, host: '127.0.0.1' });
  await attempt('rejectUnauthorized false', self, { rejectUnauthorized: false });
  await attempt('own checkServerIdentity', good, { ca: keys.ca, checkServerIdentity: () => new Error('not today') });
  const wrongName = await new Promise((resolve) => {
    const c = tls.connect({ port: good.address().port, host: 'localhost', ca: keys.ca, servername: 'example.com' });
    c.on('error', resolve);
  });
  console.log(Object.keys(wrongName), wrongName.reason, wrongName.host, wrongName.cert.subject.CN);
  for (const s of [good, self, chained]) s.close();
})();
