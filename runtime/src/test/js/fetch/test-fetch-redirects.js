// Flags: --allow-net=127.0.0.1
// Redirects: followed with the method rules of the Fetch standard, returned as they are with
// redirect: 'manual', refused with 'error', and given up after 20.
const http = require('http');

const server = http.createServer((req, res) => {
  const [, code, rest] = /^\/(\d{3})(.*)$/.exec(req.url) || [];
  if (req.url === '/loop') {
    res.writeHead(302, { Location: '/loop' });
    return res.end();
  }
  if (code) {
    res.writeHead(Number(code), { Location: rest || '/final' });
    return res.end('moved');
  }
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`${req.method} ${req.url} body=${JSON.stringify(body)} ct=${req.headers['content-type']}`));
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const code of [301, 302, 303, 307, 308]) {
    const r = await fetch(`${base}/${code}`, { method: 'POST', body: 'data' });
    console.log(code, r.status, r.redirected, r.url.slice(base.length), await r.text());
  }
  const manual = await fetch(`${base}/302/elsewhere`, { redirect: 'manual' });
  console.log('manual', manual.status, manual.headers.get('location'), manual.redirected, await manual.text());
  for (const [label, url, init] of [['error', `${base}/301`, { redirect: 'error' }], ['loop', `${base}/loop`, {}]]) {
    try {
      await fetch(url, init);
    } catch (e) {
      console.log(label, e.name, e.message, e.cause.message);
    }
  }
  server.close();
});
