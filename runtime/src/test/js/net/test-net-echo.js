// Flags: --allow-net=127.0.0.1
// A server echoes what a client sends; each side sees Node's event order and byte counts.
// Each side logs on its own and both logs print at the end (the two sides' relative order is not fixed).
const net = require('net');

const serverLog = [];
const clientLog = [];
let closed = 0;
function done() {
  if (++closed < 2) return;
  server.close(() => {
    console.log('server:', serverLog);
    console.log('client:', clientLog);
  });
}

const server = net.createServer((sock) => {
  serverLog.push(`connection ${sock.remoteAddress} ${sock.remoteFamily} ${typeof sock.remotePort}`);
  serverLog.push(`local ${sock.localPort === server.address().port} ${sock.localAddress}`);
  sock.on('data', (d) => {
    serverLog.push(`data ${JSON.stringify(d.toString())}`);
    sock.end(`echo:${d}`);
  });
  sock.on('end', () => serverLog.push('end'));
  sock.on('finish', () => serverLog.push('finish'));
  sock.on('close', (hadError) => {
    serverLog.push(`close ${hadError} ${sock.bytesRead} ${sock.bytesWritten}`);
    done();
  });
});

server.listen(0, '127.0.0.1', () => {
  const { address, family, port } = server.address();
  console.log('listening', address, family, port > 0, server.listening);
  const client = net.connect(port, '127.0.0.1', () => {
    clientLog.push(`connect ${client.remoteAddress} ${client.remotePort === port} ${client.readyState}`);
    client.write('hello ');
    client.write(Buffer.from('world'));
  });
  clientLog.push(`connecting ${client.connecting} ${client.readyState} ${client.pending}`);
  client.setEncoding('utf8');
  client.on('ready', () => clientLog.push('ready'));
  client.on('data', (d) => clientLog.push(`data ${JSON.stringify(d)}`));
  client.on('end', () => clientLog.push(`end ${client.readyState}`));
  client.on('close', (hadError) => {
    clientLog.push(`close ${hadError} ${client.bytesRead} ${client.bytesWritten} ${client.readyState}`);
    done();
  });
});
