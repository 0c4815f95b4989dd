// Flags: --allow-net=127.0.0.1
// end(data) sets Content-Length; HEAD, 204 and 304 carry no body; strictContentLength checks it.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  switch (req.url) {
    case '/len': res.end('twelve bytes'); break;
    case '/head': res.end('not sent for HEAD'); break;
    case '/204': res.writeHead(204); res.end(); break;
    case '/304': res.statusCode = 304; res.end('ignored'); break;
    case '/strict':
      res.strictContentLength = true;
      res.setHeader('Content-Length', 5);
      res.write('12');
      try { res.write('3456'); } catch (e) { console.log('strict:', e.code, e.message); }
      res.end('345');
      break;
    case '/empty': res.end(); break;
    default: res.end();
  }
});

function raw(port, head) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => s.write(head));
    let got = '';
    s.on('data', (d) => { got += d; });
    s.on('end', () => resolve(got));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const [method, path] of [['GET', '/len'], ['HEAD', '/head'], ['GET', '/204'], ['GET', '/304'], ['GET', '/strict'], ['GET', '/empty']]) {
    const got = await raw(port, `${method} ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    const lines = got.split('\r\n').filter((l) => !l.startsWith('Date:'));
    console.log(method, path, JSON.stringify(lines));
  }
  server.close();
});
