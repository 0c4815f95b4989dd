// Flags: --allow-net=localhost,nonexistent.invalid,my-own-name
// Connecting by name resolves it first and emits 'lookup'; an unknown name fails with Node's
// getaddrinfo ENOTFOUND error; a custom lookup function is used when given.
const net = require('net');

const server = net.createServer((s) => s.end());
server.listen(0, 'localhost', () => {
  const port = server.address().port;
  const c = net.connect({ port, host: 'localhost', family: 4 });
  c.on('lookup', (err, address, family, host) => console.log('lookup', err, address, family, host));
  c.on('connect', () => console.log('connected to', c.remoteAddress));
  c.resume();
  c.on('close', () => {
    const bad = net.connect(port, 'nonexistent.invalid');
    bad.on('lookup', (err) => console.log('lookup error:', err.code));
    bad.on('error', (err) => {
      console.log(err.message, Object.keys(err), err.errno, err.code, err.syscall, err.hostname);
      const custom = net.connect({
        port,
        host: 'my-own-name',
        lookup(name, opts, cb) {
          console.log('custom lookup for', name, 'all:', opts.all);
          if (opts.all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
          else cb(null, '127.0.0.1', 4);
        },
      });
      custom.on('connect', () => console.log('custom lookup connected'));
      custom.resume();
      custom.on('close', () => server.close());
    });
  });
});
