// Flags: --allow-net=127.0.0.1:1
// http.request and server.listen are checked by --allow-net and fail with ERR_ACCESS_DENIED as
// an 'error' event naming the API.
const common = require('../../common');
const assert = require('assert');
const http = require('http');

http.get('http://example.com:8080/').on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_ACCESS_DENIED');
  assert.match(err.message, /^http\.request\(\): Requires net access to "example\.com:8080", run again with the --allow-net flag$/);
}));

http.get({ host: '10.0.0.1', port: 80 }).on('error', common.mustCall((err) => {
  assert.match(err.message, /"10\.0\.0\.1:80"/);
}));

http.createServer().listen(0, '127.0.0.1').on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_ACCESS_DENIED');
  assert.match(err.message, /^http\.Server\.listen\(\): Requires net access to "127\.0\.0\.1:0"/);
}));

// The granted host:port reaches the network (nothing listens there).
http.get('http://127.0.0.1:1/').on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNREFUSED')));
