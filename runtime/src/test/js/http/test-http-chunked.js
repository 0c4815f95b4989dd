// Flags: --allow-net=127.0.0.1
// Several writes make a chunked response; a chunked request body arrives whole; trailers go both ways.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('server got', JSON.stringify(body), 'te', req.headers['transfer-encoding'], 'trailers', req.trailers);
    res.setHeader('Trailer', 'X-Checksum');
    res.write('first,');
    res.write(Buffer.from('second,'));
    res.addTrailers({ 'X-Checksum': 'abc123' });
    res.end('third');
  });
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ port, host: '127.0.0.1', method: 'PUT' }, (res) => {
    console.log('client te', res.headers['transfer-encoding'], 'content-length', res.headers['content-length']);
    let data = '';
    res.on('data', (d) => { data += d; });
    res.on('end', () => {
      console.log('client got', data, 'trailers', res.trailers, res.rawTrailers);
      rawCheck(port);
    });
  });
  req.write('part1-');
  req.addTrailers({ 'X-Req-Trailer': 'yes' });
  req.end('part2');
});

// The bytes on the wire: a raw client sees the chunk framing.
function rawCheck(port) {
  const sock = net.connect(port, '127.0.0.1', () => {
    sock.end('POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n');
  });
  let raw = '';
  sock.on('data', (d) => { raw += d; });
  sock.on('end', () => {
    console.log('raw body:', JSON.stringify(raw.slice(raw.indexOf('\r\n\r\n') + 4)));
    server.close();
  });
}
