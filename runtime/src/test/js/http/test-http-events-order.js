// Flags: --allow-net=127.0.0.1
// The order of events on the request and response objects of both sides.
const http = require('http');

const serverLog = [];
const clientLog = [];
const server = http.createServer((req, res) => {
  for (const e of ['data', 'end', 'close']) req.on(e, () => serverLog.push(`req ${e}`));
  for (const e of ['finish', 'close']) res.on(e, () => serverLog.push(`res ${e}`));
  req.on('end', () => res.end('bye'));
});

server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST', agent: false });
  for (const e of ['socket', 'finish', 'close']) req.on(e, () => clientLog.push(`req ${e}`));
  req.on('response', (res) => {
    clientLog.push(`response ${res.statusCode}`);
    for (const e of ['data', 'end', 'close']) res.on(e, () => clientLog.push(`res ${e}`));
  });
  req.end('hi');
  req.on('close', () => setTimeout(() => {
    console.log('server:', serverLog);
    console.log('client:', clientLog);
    server.close();
  }, 50));
});
