// Flags: --allow-net=127.0.0.1
// 1xx responses before the final one reach the client as 'information' events.
const http = require('http');

const server = http.createServer((req, res) => {
  res.writeProcessing();
  res.writeEarlyHints({ link: ['</style.css>; rel=preload; as=style', '</app.js>; rel=preload; as=script'], 'x-hint': 'yes' });
  res.end('final');
});

server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port });
  req.on('information', (info) => console.log('information', info.statusCode, info.statusMessage, info.headers));
  req.on('response', (res) => {
    console.log('response', res.statusCode);
    res.resume();
    res.on('end', () => server.close());
  });
});
