// Flags: --allow-net=127.0.0.1
// agent: false (a one-off agent) and the default agent both close or reuse as Node 20 does.
const http = require('http');

const seen = new Set();
const server = http.createServer((req, res) => {
  seen.add(req.socket.remotePort);
  res.end(req.headers.connection);
});

function get(options) {
  return new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port: server.address().port, ...options }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${body} / response says ${res.headers.connection}`));
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  console.log('agent false:', await get({ agent: false }));
  console.log('agent false:', await get({ agent: false }));
  console.log('connections so far', seen.size);
  console.log('globalAgent keepAlive', http.globalAgent.keepAlive, http.globalAgent.options.timeout);
  console.log('default:', await get({}));
  await new Promise((r) => setImmediate(r));
  console.log('default:', await get({}));
  console.log('connections so far', seen.size);
  http.globalAgent.destroy();
  server.close();
});
