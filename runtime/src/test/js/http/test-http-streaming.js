// Flags: --allow-net=127.0.0.1
// Request and response bodies are streams: a 4 MB upload is piped back to the client through
// the server with backpressure, and arrives intact.
const http = require('http');
const crypto = require('crypto');
const { pipeline, Readable } = require('stream');

const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'application/octet-stream');
  pipeline(req, res, (err) => console.log('server pipeline done', err ?? null));
});

server.listen(0, '127.0.0.1', () => {
  const chunks = [];
  for (let i = 0; i < 64; i++) chunks.push(Buffer.alloc(65536, i));
  const sent = crypto.createHash('sha256');
  chunks.forEach((c) => sent.update(c));
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST' }, (res) => {
    const got = crypto.createHash('sha256');
    let bytes = 0;
    let pieces = 0;
    res.on('data', (d) => { got.update(d); bytes += d.length; pieces++; });
    res.on('end', () => {
      console.log('echoed', bytes, 'bytes in more than one piece:', pieces > 1, 'same digest:', got.digest('hex') === sent.digest('hex'));
      server.close();
    });
  });
  let drains = 0;
  req.on('drain', () => drains++);
  pipeline(Readable.from(chunks), req, (err) => console.log('upload pipeline done', err ?? null, 'drained', drains > 0));
});
