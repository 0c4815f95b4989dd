// Flags: --allow-net=127.0.0.1
// Client-side failures: refused connections, a server that hangs up, bad arguments, AbortSignal.
const http = require('http');
const net = require('net');

function tryIt(label, fn) {
  try { fn(); console.log(label, 'did not throw'); } catch (e) { console.log(label, '->', e.name, e.code, e.message); }
}

tryIt('protocol', () => http.get('https://127.0.0.1/'));
tryIt('path with space', () => http.request({ path: '/a b' }));
tryIt('method', () => http.request({ method: 'BAD METHOD' }));
tryIt('hostname type', () => http.request({ hostname: 5 }));
tryIt('agent type', () => http.request({ agent: 'nope' }));
tryIt('bad url', () => http.get('not a url'));

const hangup = net.createServer((s) => s.destroy());
hangup.listen(0, '127.0.0.1', () => {
  const port = hangup.address().port;
  http.get({ host: '127.0.0.1', port }).on('error', (e) => {
    console.log('hang up:', e.code, e.message);
    hangup.close(() => {
      http.get({ host: '127.0.0.1', port }).on('error', (e2) => {
        console.log('refused:', e2.code, e2.syscall, e2.address, e2.port === port);
        abortCase();
      });
    });
  });
});

function abortCase() {
  const server = http.createServer(() => {});
  server.listen(0, '127.0.0.1', () => {
    const ac = new AbortController();
    const req = http.get({ host: '127.0.0.1', port: server.address().port, signal: ac.signal });
    req.on('error', (e) => console.log('abort:', e.name, e.code, e.message));
    req.on('close', () => {
      console.log('request closed; destroyed', req.destroyed);
      server.close();
      server.closeAllConnections();
    });
    setTimeout(() => ac.abort(), 50);
  });
}
