// Flags: --allow-net=127.0.0.1
// A paused reader makes the writer's write() return false; 'drain' comes once the reader resumes,
// and every byte arrives in order.
const net = require('net');

const CHUNK = Buffer.alloc(64 * 1024, 'x');
const TOTAL = 64;
let serverSock;

const server = net.createServer((sock) => {
  serverSock = sock;
  sock.pause();
  let received = 0;
  let sum = 0;
  sock.on('data', (d) => {
    received += d.length;
    for (let i = 0; i < d.length; i += 4096) sum += d[i];
  });
  sock.on('end', () => {
    console.log('server received', received, 'bytes, ok', received === CHUNK.length * TOTAL + 1, sum > 0);
    sock.end();
    server.close();
  });
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  let sawFalse = false;
  let drains = 0;
  function pump() {
    while (sent < TOTAL) {
      sent++;
      if (!client.write(CHUNK)) {
        if (!sawFalse) {
          sawFalse = true;
          console.log('write returned false while the reader is paused; writableLength > 0:', client.writableLength > 0);
          setTimeout(() => serverSock.resume(), 100);
        }
        client.once('drain', () => { drains++; pump(); });
        return;
      }
    }
    client.end('!');
  }
  client.on('connect', pump);
  client.on('finish', () => console.log('client finished; drains > 0:', drains > 0, 'bytesWritten', client.bytesWritten));
  client.resume();
});
