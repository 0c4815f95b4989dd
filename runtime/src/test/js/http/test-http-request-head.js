// Flags: --allow-net=127.0.0.1,localhost
// What http.request puts on the wire for a URL string, a URL object and options (Host, auth, defaults).
const http = require('http');
const net = require('net');

const heads = [];
const raw = net.createServer((s) => {
  let got = '';
  s.on('data', (d) => {
    got += d;
    if (got.includes('\r\n\r\n')) {
      heads.push(got.split('\r\n').filter(Boolean).map((l) => l.replace(/:\d{4,5}/, ':PORT')));
      s.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    }
  });
});

raw.listen(0, '127.0.0.1', async () => {
  const port = raw.address().port;
  const run = (...args) => new Promise((resolve) => {
    const req = http.request(...args, (res) => { res.resume(); res.on('end', resolve); });
    req.end();
  });
  await run(`http://user:pa%20ss@127.0.0.1:${port}/path?q=1#frag`);
  await run(new URL(`http://127.0.0.1:${port}/url-object`), { method: 'DELETE' });
  await run({ host: '127.0.0.1', port, path: '/opts', method: 'OPTIONS', headers: { 'X-A': 'a' }, setHost: false });
  await run({ hostname: '127.0.0.1', port, path: '/post', method: 'POST', headers: { 'content-length': 0 } });
  for (const h of heads) console.log(h);
  raw.close();
});
