// Flags: --allow-net=localhost --allow-env=TLS_*
// STARTTLS: a plain TCP conversation switches to TLS on the same connection, on both sides
// (tls.connect({ socket }) and new tls.TLSSocket(socket, { isServer: true })).
const net = require('net');
const tls = require('tls');
const keys = require('./fixtures/keys');

const secureContext = tls.createSecureContext({ key: keys.key, cert: keys.cert });
const server = net.createServer((plain) => {
  plain.once('data', (d) => {
    console.log('server heard in the clear:', d.toString().trim());
    plain.write('GO AHEAD\r\n');
    const secure = new tls.TLSSocket(plain, { isServer: true, secureContext });
    secure.on('secure', () => console.log('server: secure, protocol', secure.getProtocol()));
    secure.setEncoding('utf8');
    secure.on('data', (msg) => secure.end(`secret reply to ${msg}`));
  });
});

server.listen(0, 'localhost', () => {
  const plain = net.connect(server.address().port, 'localhost', () => plain.write('STARTTLS\r\n'));
  plain.once('data', (d) => {
    console.log('client heard in the clear:', d.toString().trim());
    plain.removeAllListeners('data');
    const secure = tls.connect({ socket: plain, ca: keys.ca, host: 'localhost' }, () => {
      console.log('client: secureConnect, authorized', secure.authorized, 'encrypted', secure.encrypted);
      secure.write('the password');
    });
    secure.setEncoding('utf8');
    secure.on('data', (msg) => console.log('client got:', msg));
    secure.on('close', () => server.close());
  });
});
