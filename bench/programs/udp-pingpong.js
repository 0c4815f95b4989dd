'use strict';
// UDP round trips per second on loopback (64-byte datagrams, one in flight). Prints one JSON line.
const dgram = require('dgram');

const ROUNDS = 20000;
const WARMUP = 2000;
const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => server.send(msg, rinfo.port, rinfo.address));
server.bind(0, '127.0.0.1', () => {
  const client = dgram.createSocket('udp4');
  const payload = Buffer.alloc(64, 'p');
  const port = server.address().port;
  let n = 0;
  let t;
  client.on('message', () => {
    n++;
    if (n === WARMUP) t = process.hrtime.bigint();
    if (n === WARMUP + ROUNDS) {
      const perSecond = ROUNDS / (Number(process.hrtime.bigint() - t) / 1e9);
      console.log(JSON.stringify({ perSecond }));
      client.close();
      server.close();
      return;
    }
    client.send(payload, port, '127.0.0.1');
  });
  client.send(payload, port, '127.0.0.1');
});
