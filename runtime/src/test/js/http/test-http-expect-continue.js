// Flags: --allow-net=127.0.0.1
// Expect: 100-continue: 'checkContinue' decides; without a listener the server sends 100 itself;
// other expectations get 417.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`got ${body}`));
});
server.on('checkContinue', (req, res) => {
  console.log('checkContinue', req.headers.expect);
  res.writeContinue();
  server.emit('request', req, res);
});

server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST', headers: { Expect: '100-continue' } });
  req.on('continue', () => {
    console.log('client continue');
    req.end('the body');
  });
  req.on('information', (info) => console.log('information', info.statusCode, info.statusMessage));
  req.on('response', (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('client response', res.statusCode, d));
    res.on('end', expectOther);
  });
});

function expectOther() {
  const s = net.connect(server.address().port, '127.0.0.1', () => {
    s.end('GET / HTTP/1.1\r\nHost: x\r\nExpect: something-else\r\nConnection: close\r\n\r\n');
  });
  let got = '';
  s.on('data', (d) => { got += d; });
  s.on('end', () => {
    console.log('other expectation:', got.split('\r\n')[0]);
    server.close();
  });
}
