// Flags: --allow-net=localhost --allow-env=TLS_*
// fetch over https to a server whose certificate no default CA signed: fetch failed, and the
// cause says why.
const https = require('https');
const keys = require('../tls/fixtures/keys');

const server = https.createServer({ key: keys.key, cert: keys.cert }, (req, res) => res.end('secret'));
server.listen(0, 'localhost', async () => {
  try {
    await fetch(`https://localhost:${server.address().port}/`);
  } catch (e) {
    console.log(e.name, e.message, e.cause.code, e.cause.message);
  }
  server.close();
});
