// Flags: --allow-net=127.0.0.1
// fetch against a local server: what the server receives, and the Response the program gets.
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    const seen = ['user-agent', 'accept', 'content-type', 'content-length', 'x-custom', 'connection']
      .map((h) => `${h}=${req.headers[h]}`);
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ method: req.method, url: req.url, body, seen }));
  });
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const r1 = await fetch(`${base}/hello?x=1`);
  console.log(r1.status, r1.statusText, r1.ok, r1.type, r1.redirected, r1.url === `${base}/hello?x=1`);
  console.log('set-cookie', r1.headers.getSetCookie(), 'content-type', r1.headers.get('content-type'));
  console.log(await r1.json());
  const r2 = await fetch(new URL('/post', base), {
    method: 'POST', body: JSON.stringify({ n: 1 }), headers: { 'Content-Type': 'application/json', 'X-Custom': 'yes' },
  });
  console.log((await r2.json()));
  const r3 = await fetch(new Request(`${base}/put`, { method: 'PUT', body: new URLSearchParams({ a: 'b c' }) }));
  console.log((await r3.json()).body);
  const r4 = await fetch(`${base}/head`, { method: 'HEAD' });
  console.log('HEAD', r4.status, r4.body, await r4.text());
  const r5 = await fetch(`${base}/buf`, { method: 'POST', body: new Uint8Array([104, 105]) });
  console.log((await r5.json()).body, r5.bodyUsed);
  server.close();
});
