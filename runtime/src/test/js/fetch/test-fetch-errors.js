// Flags: --allow-net=127.0.0.1
// How fetch fails: refused connections and other network errors as TypeError('fetch failed')
// with the cause, blocked ports, unsupported schemes, bad URLs, aborts; data: URLs work.
const http = require('http');
const net = require('net');

async function attempt(label, ...args) {
  try {
    const r = await fetch(...args);
    console.log(label, 'status', r.status, await r.text());
  } catch (e) {
    const cause = e.cause ? `cause: ${e.cause.code ?? e.cause.name} ${e.cause.message.replace(/:\d{4,5}/, ':PORT')}` : '';
    console.log(label, e.name, e.message, e.code ?? '', cause);
  }
}

const slow = http.createServer((req, res) => {
  if (req.url === '/stall-body') {
    res.write('start');
    return;
  }
  setTimeout(() => res.end('late'), 2000).unref();
});

const probe = net.createServer().listen(0, '127.0.0.1', () => {
  const freePort = probe.address().port;
  probe.close(async () => {
    await attempt('refused', `http://127.0.0.1:${freePort}/`);
    await attempt('bad port', 'http://127.0.0.1:25/');
    await attempt('file', 'file:///etc/hostname');
    await attempt('ftp', 'ftp://127.0.0.1/');
    await attempt('relative', '/nowhere');
    await attempt('data', 'data:text/plain;charset=utf-8,hello%20world');
    await attempt('data base64', 'data:application/json;base64,eyJhIjoxfQ==');
    const ac = new AbortController();
    ac.abort();
    await attempt('aborted before', 'http://127.0.0.1:1234/', { signal: ac.signal });
    await attempt('aborted with reason', 'http://127.0.0.1:1234/', { signal: AbortSignal.abort(new Error('my reason')) });
    slow.listen(0, '127.0.0.1', async () => {
      const base = `http://127.0.0.1:${slow.address().port}`;
      await attempt('aborted while waiting', `${base}/wait`, { signal: AbortSignal.timeout(100) });
      const ac2 = new AbortController();
      const r = await fetch(`${base}/stall-body`, { signal: ac2.signal });
      const reader = r.body.getReader();
      console.log('first chunk', Buffer.from((await reader.read()).value).toString());
      ac2.abort();
      try {
        await reader.read();
      } catch (e) {
        console.log('reading after abort:', e.name, e.message);
      }
      slow.closeAllConnections();
      slow.close();
    });
  });
});
