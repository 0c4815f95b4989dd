// Flags: --allow-net=localhost --allow-env=TLS_*
// Servers from each key form users have: PKCS#8, PKCS#1 RSA, SEC1 EC, encrypted PKCS#8 with a
// passphrase, and PKCS#12 (pfx); and the errors for keys that do not work.
const tls = require('tls');
const keys = require('./fixtures/keys');

const forms = {
  'PKCS#8': { key: keys.key, cert: keys.cert },
  'PKCS#1 RSA': { key: keys.keyRsa, cert: keys.cert },
  'SEC1 EC': { key: keys.ecKey, cert: keys.ecCert },
  'encrypted PKCS#8': { key: keys.keyEncrypted, passphrase: keys.passphrase, cert: keys.cert },
  'PKCS#12': { pfx: keys.pfx, passphrase: keys.passphrase },
  'Buffers': { key: Buffer.from(keys.key), cert: Buffer.from(keys.cert) },
};

function tryForm(name, options) {
  return new Promise((resolve) => {
    const server = tls.createServer(options, (s) => s.end());
    server.listen(0, 'localhost', () => {
      const c = tls.connect({ port: server.address().port, host: 'localhost', ca: keys.ca }, () => {
        const cert = c.getPeerCertificate();
        console.log(name, '-> authorized', c.authorized, cert.subject.CN, cert.asn1Curve || `rsa ${cert.bits}`);
      });
      c.resume();
      c.on('close', () => server.close(resolve));
    });
  });
}

(async () => {
  for (const [name, options] of Object.entries(forms)) await tryForm(name, options);
  for (const [name, options] of Object.entries({
    'garbage key': { key: 'garbage', cert: keys.cert },
    'garbage cert': { key: keys.key, cert: 'garbage' },
    'key of another certificate': { key: keys.selfKey, cert: keys.cert },
    'bad minVersion': { minVersion: 'TLSv9' },
    'no such cipher': { ciphers: 'NOPE-CIPHER' },
  })) {
    try {
      tls.createSecureContext(options);
      console.log(name, 'accepted');
    } catch (e) {
      console.log(name, '->', e.name, e.code, e.message);
    }
  }
})();
