// SPDX-License-Identifier: Apache-2.0
// HTTP hello world for wrk (bench/suites/http.py): the same handler under node and bramble.
// Listens on PORT (0 = any free port), prints the port, serves until SIGTERM.
const http = require('http');

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '13' });
  res.end('Hello, world!');
});
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  console.log(JSON.stringify({ port: server.address().port }));
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
