// Flags: --allow-net=127.0.0.1
// With allowHalfOpen the server may keep writing after the client's end(); without it Node ends
// the socket itself once the other side has ended.
const net = require('net');

const log = [];
const clientLog = [];
process.on('exit', () => console.log({ server: log, client: clientLog }));
const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => {
    log.push(`end, got ${JSON.stringify(got)}, writable ${sock.writable}`);
    sock.write('still ');
    setTimeout(() => sock.end('here'), 20);
  });
  sock.on('close', () => {
    log.push('close');
    server.close();
  });
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.end('request');
  let reply = '';
  client.on('data', (d) => { reply += d; });
  client.on('finish', () => clientLog.push('finish'));
  client.on('end', () => clientLog.push(`end, reply ${JSON.stringify(reply)}`));
  client.on('close', () => clientLog.push('close'));
});
