// Flags: --allow-net=127.0.0.1
// server.close() closes idle keep-alive connections (Node 19+) and waits for busy ones;
// closeAllConnections() ends those too.
const http = require('http');

let pending;
let idleClosed = false;
process.on('exit', () => console.log('the idle keep-alive socket was closed by server.close():', idleClosed));
const server = http.createServer((req, res) => {
  if (req.url === '/hold') pending = res;
  else res.end('quick');
});

server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  const port = server.address().port;
  http.get({ agent, host: '127.0.0.1', port, path: '/quick' }, (res) => {
    res.resume();
    res.on('end', () => setTimeout(() => {
      const idle = agent.freeSockets[Object.keys(agent.freeSockets)[0]][0];
      idle.on('close', () => { idleClosed = true; });
      const held = http.get({ agent, host: '127.0.0.1', port, path: '/hold' });
      held.on('error', (e) => console.log('held request:', e.code, e.message));
      setTimeout(() => {
        server.close(() => console.log("server 'close'"));
        console.log('listening after close()', server.listening);
        setTimeout(() => {
          console.log('busy response still open', !pending.writableEnded);
          server.closeAllConnections();
        }, 100);
      }, 100);
    }, 50));
  });
});
