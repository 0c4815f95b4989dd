// Flags: --allow-net=127.0.0.1
// A keep-alive Agent with maxSockets 1 sends every request over one reused socket, queueing the
// rest; the free socket waits in agent.freeSockets until destroyed.
const http = require('http');

const server = http.createServer((req, res) => {
  res.end(`${req.url} via ${req.socket.remotePort === firstPort ? 'first' : 'another'} connection`);
});
let firstPort;

server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  console.log('agent', agent.keepAlive, agent.maxSockets, agent.maxFreeSockets, agent.scheduling, agent.defaultPort, agent.protocol);
  const name = agent.getName({ host: '127.0.0.1', port: server.address().port });
  console.log('name has host and port', name === `127.0.0.1:${server.address().port}:`);
  let done = 0;
  for (let i = 1; i <= 3; i++) {
    const req = http.get({ agent, host: '127.0.0.1', port: server.address().port, path: `/r${i}` }, (res) => {
      if (i === 1) firstPort = req.socket.localPort;
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log(i, res.headers.connection, body, 'reused', req.reusedSocket);
        if (++done === 3) {
          setImmediate(() => {
            console.log('free sockets', Object.values(agent.freeSockets).map((l) => l.length), 'in use', Object.keys(agent.sockets).length);
            agent.destroy();
            server.close(() => console.log('closed'));
          });
        }
      });
    });
    console.log('queued', i, Object.values(agent.requests).map((l) => l.length));
  }
});
