// Flags: --allow-net=127.0.0.1
// A request with a body and a response, as both sides see them.
const http = require('http');

const server = http.createServer((req, res) => {
  console.log('server:', req.method, req.url, req.httpVersion, req.headers['content-type'], req.headers.host === `127.0.0.1:${server.address().port}`);
  console.log('server: rawHeaders names', req.rawHeaders.filter((_, i) => i % 2 === 0));
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('server: body', JSON.stringify(body), 'complete', req.complete);
    res.statusCode = 201;
    res.statusMessage = 'Made It';
    res.setHeader('X-Method', req.method);
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.end(`you sent ${JSON.stringify(body)} to ${req.url}`);
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const req = http.request({ port, host: '127.0.0.1', method: 'post', path: '/echo?x=1', headers: { 'Content-Type': 'text/plain' } }, (res) => {
    console.log('client:', res.statusCode, res.statusMessage, res.httpVersion);
    const { date, ...headers } = res.headers;
    console.log('client: headers', headers, typeof date);
    let data = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { data += d; });
    res.on('end', () => {
      console.log('client: body', data, 'complete', res.complete);
      server.close(() => console.log('closed'));
    });
  });
  console.log('client: method', req.method, 'path', req.path, 'host', req.host, 'protocol', req.protocol);
  req.write('hello ');
  req.end('world');
});
