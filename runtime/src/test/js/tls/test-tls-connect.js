// Flags: --allow-net=localhost --allow-env=TLS_*
// A TLS server and a client that trusts its CA: the handshake, what each side learns, and data both ways.
const tls = require('tls');
const keys = require('./fixtures/keys');

const serverLog = [];
const server = tls.createServer({ key: keys.key, cert: keys.cert }, (socket) => {
  serverLog.push(`secureConnection encrypted=${socket.encrypted} authorized=${socket.authorized} servername=${socket.servername}`);
  serverLog.push(`protocol ${socket.getProtocol()}`);
  serverLog.push(`peer certificate ${JSON.stringify(socket.getPeerCertificate())}`);
  socket.setEncoding('utf8');
  socket.on('data', (d) => socket.end(`server heard ${d}`));
});
server.on('connection', () => serverLog.push('connection'));

server.listen(0, 'localhost', () => {
  const client = tls.connect({ port: server.address().port, host: 'localhost', ca: keys.ca }, () => {
    console.log('secureConnect authorized', client.authorized, client.authorizationError, 'encrypted', client.encrypted);
    console.log('protocol', client.getProtocol(), 'alpn', client.alpnProtocol, 'servername', client.servername);
    const cipher = client.getCipher();
    console.log('cipher', typeof cipher.name, cipher.version);
    const cert = client.getPeerCertificate();
    console.log('subject', cert.subject, 'issuer', cert.issuer);
    console.log('subjectaltname', cert.subjectaltname, 'ca', cert.ca, 'bits', cert.bits, 'exponent', cert.exponent);
    console.log('fingerprint form', /^([0-9A-F]{2}:){19}[0-9A-F]{2}$/.test(cert.fingerprint), /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/.test(cert.fingerprint256));
    console.log('dates', /^[A-Z][a-z]{2} [ 1-3][0-9] \d\d:\d\d:\d\d \d{4} GMT$/.test(cert.valid_from), typeof cert.valid_to);
    console.log('raw is a Buffer', Buffer.isBuffer(cert.raw), 'serial hex', /^[0-9A-F]+$/.test(cert.serialNumber));
    const detailed = client.getPeerCertificate(true);
    console.log('issuer cert', detailed.issuerCertificate.subject.CN, 'its issuer is itself', detailed.issuerCertificate.issuerCertificate === detailed.issuerCertificate);
    client.write('hello');
  });
  client.setEncoding('utf8');
  client.on('data', (d) => console.log('client got:', d));
  client.on('close', () => server.close(() => console.log('server:', serverLog)));
});
