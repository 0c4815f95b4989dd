// Flags: --allow-net=localhost
// --allow-net=localhost grants every port of that name, for listen and connect, and nothing else.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((sock) => sock.end('ok')));
server.listen(0, 'localhost', common.mustCall(() => {
  const { port } = server.address();
  net.connect(port, 'localhost').on('data', common.mustCall((d) => {
    assert.strictEqual(d.toString(), 'ok');
    // The same server by its address is another resource.
    net.connect(port, '127.0.0.1').on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_ACCESS_DENIED');
      server.close();
    }));
  }));
}));
