// Flags: --allow-net=127.0.0.1
// Bodies as streams: a chunked response read piece by piece from response.body, a request body
// from a ReadableStream (duplex: 'half'), and a large body through both with backpressure.
const http = require('http');
const crypto = require('crypto');

const server = http.createServer((req, res) => {
  if (req.url === '/drip') {
    let n = 0;
    const t = setInterval(() => {
      res.write(`piece ${++n};`);
      if (n === 3) {
        clearInterval(t);
        res.end();
      }
    }, 20);
    return;
  }
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  req.on('data', (d) => { hash.update(d); bytes += d.length; });
  req.on('end', () => res.end(JSON.stringify({ bytes, te: req.headers['transfer-encoding'], sha: hash.digest('hex').slice(0, 16) })));
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const r = await fetch(`${base}/drip`);
  const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += value;
  }
  console.log('streamed:', text, 'bodyUsed', r.bodyUsed);

  const chunk = new Uint8Array(256 * 1024).fill(7);
  let sent = 0;
  const upload = new ReadableStream({
    pull(controller) {
      if (sent === 16) return controller.close();
      sent++;
      controller.enqueue(chunk);
    },
  });
  const expected = crypto.createHash('sha256');
  for (let i = 0; i < 16; i++) expected.update(chunk);
  const r2 = await fetch(`${base}/upload`, { method: 'POST', body: upload, duplex: 'half' });
  const got = await r2.json();
  console.log('uploaded', got.bytes, got.te, got.sha === expected.digest('hex').slice(0, 16));

  const r3 = await fetch(`${base}/drip`);
  for await (const piece of r3.body) {
    console.log('first piece is a', piece.constructor.name);
    break;
  }
  server.close();
});
