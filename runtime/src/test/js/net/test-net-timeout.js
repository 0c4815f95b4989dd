// Flags: --allow-net=127.0.0.1
// socket.setTimeout emits 'timeout' after inactivity (it does not close the socket); activity
// postpones it; setTimeout(0) turns it off.
const net = require('net');

const server = net.createServer((sock) => {
  sock.on('data', () => {});
  sock.on('end', () => sock.end());
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let lastWrite = Date.now();
  let writes = 0;
  const writer = setInterval(() => {
    client.write('.');
    lastWrite = Date.now();
    if (++writes === 5) clearInterval(writer);
  }, 20);
  client.setTimeout(1000, () => {
    clearInterval(writer);
    console.log('timeout after the writes stopped:', writes === 5, Date.now() - lastWrite >= 990);
    console.log('destroyed', client.destroyed, 'timeout', client.timeout);
    client.setTimeout(0);
    console.log('timeout is now', client.timeout);
    setTimeout(() => {
      console.log('no second timeout; ending');
      client.end();
    }, 200);
  });
  client.on('timeout', () => console.log("'timeout' event"));
  client.on('close', () => server.close(() => console.log('done')));
});
