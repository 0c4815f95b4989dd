// Flags: --allow-net=127.0.0.1
// destroy(), destroy(err), resetAndDestroy() and writes after end() or destroy(), as Node reports them.
const net = require('net');

// The server's view is printed at exit: its events race with the client's.
const serverLog = [];
process.on('exit', () => console.log('server side:', serverLog));
const server = net.createServer((sock) => {
  sock.on('error', (e) => serverLog.push(`error ${e.code}`));
  sock.on('close', (hadError) => serverLog.push(`close ${hadError}`));
  sock.resume();
});

function step(name, fn) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => fn(c));
    const events = [];
    c.on('error', (e) => events.push(`error ${e.code || e.message}`));
    c.on('end', () => events.push('end'));
    c.on('finish', () => events.push('finish'));
    c.on('close', (hadError) => {
      events.push(`close ${hadError}`);
      setTimeout(() => {
        console.log(name, events, 'destroyed', c.destroyed, c.readyState);
        resolve();
      }, 50);
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await step('destroy()', (c) => c.destroy());
  await step('destroy(err)', (c) => c.destroy(Object.assign(new Error('boom'), { code: 'EBOOM' })));
  await step('write after end', (c) => {
    c.end();
    c.write('late', (err) => console.log('write cb:', err.code));
  });
  await step('write after destroy', (c) => {
    c.destroy();
    c.write('late', (err) => console.log('write cb:', err.code));
  });
  await step('resetAndDestroy()', (c) => c.resetAndDestroy());
  server.close();
});
