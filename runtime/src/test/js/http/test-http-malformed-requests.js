// Flags: --allow-net=127.0.0.1
// The server stays up through malformed requests (400, or 431 for headers too large) and through
// clients that vanish mid-request or mid-response; 'clientError' reports what was wrong.
const http = require('http');
const net = require('net');

const events = [];
const server = http.createServer((req, res) => {
  if (req.url === '/upload') {
    req.on('aborted', () => events.push('upload: aborted'));
    req.on('error', (e) => events.push(`upload: error ${e.code} ${e.message}`));
    req.on('close', () => events.push('upload: close'));
    req.resume();
    return;
  }
  if (req.url === '/stream') {
    res.on('close', () => events.push(`stream: res close, finished ${res.writableFinished}`));
    res.write('part 1');
    return;
  }
  res.end('fine');
});
server.on('clientError', (err, socket) => {
  events.push(`clientError ${err.code} ${JSON.stringify(err.reason)}`);
  socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
});

function send(port, data, closeAfter) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => {
      s.write(data);
      if (typeof closeAfter === 'number') setTimeout(() => s.destroy(), closeAfter);
    });
    let got = '';
    s.on('data', (d) => {
      got += d;
      // Close only once the whole first chunk is here: unread bytes would make the kernel send a
      // reset instead of a FIN, and whether they are unread depends on how the segments fall.
      if (got.includes('part 1\r\n')) {
        if (closeAfter === 'on-data') s.destroy();
        if (closeAfter === 'reset-on-data') s.resetAndDestroy();
      }
    });
    s.on('error', () => {});
    s.on('close', () => resolve(got.split('\r\n')[0]));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const cases = [
    ['bad request line', 'GET / HTTP/1.1 extra\r\n\r\n'],
    ['bad method', 'FETCH / HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['bad header', 'GET / HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n'],
    ['bad chunk size', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\n'],
    ['bad content-length', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 12abc\r\n\r\n'],
    ['no host', 'GET / HTTP/1.1\r\n\r\n'],
  ];
  for (const [name, data] of cases) console.log(name, '->', await send(port, data));
  console.log('mid-request disconnect ->', JSON.stringify(await send(port, 'POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly some', 100)));
  console.log('mid-response disconnect ->', await send(port, 'GET /stream HTTP/1.1\r\nHost: x\r\n\r\n', 'on-data'));
  await new Promise((r) => setTimeout(r, 100));
  console.log('mid-response reset ->', await send(port, 'GET /stream HTTP/1.1\r\nHost: x\r\n\r\n', 'reset-on-data'));
  await new Promise((r) => setTimeout(r, 100));
  server.removeAllListeners('clientError');
  console.log('default handler, huge headers ->', await send(port, `GET / HTTP/1.1\r\nHost: x\r\nX: ${'a'.repeat(20000)}\r\n\r\n`));
  console.log('default handler, bad chunk ->', await send(port, 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n'));
  console.log('still serving ->', await send(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  console.log(events);
  server.close();
});
