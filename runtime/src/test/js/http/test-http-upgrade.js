// Flags: --allow-net=127.0.0.1
// 'upgrade' on both sides hands over the raw socket and the bytes that came after the head.
const http = require('http');

const server = http.createServer((req, res) => res.end('plain'));
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.method, req.url, req.headers.upgrade, JSON.stringify(head.toString()));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nWELCOME|');
  socket.on('data', (d) => socket.write(d.toString().toUpperCase()));
  socket.on('end', () => socket.end());
});

server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, path: '/chat',
    headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('upgrade', (res, socket, head) => {
    console.log('client upgrade', res.statusCode, res.headers.upgrade, JSON.stringify(head.toString()));
    let got = '';
    socket.on('data', (d) => {
      got += d;
      if (got === 'SHOUT') socket.end();
    });
    socket.on('close', () => {
      console.log('echoed', got);
      http.get({ host: '127.0.0.1', port: server.address().port }, (res2) => {
        res2.setEncoding('utf8');
        res2.on('data', (d) => console.log('a plain request still works:', d));
        res2.on('end', () => server.close());
      });
    });
    socket.write('shout');
  });
  req.end('early bytes');
});
