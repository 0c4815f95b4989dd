// Flags: --allow-net=127.0.0.1:1
// fetch is checked by --allow-net: a host that is not granted rejects with ERR_ACCESS_DENIED
// (not 'fetch failed'), naming fetch().
const common = require('../../common');
const assert = require('assert');

fetch('http://example.com:8080/').then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_ACCESS_DENIED');
  assert.match(err.message, /^fetch\(\): Requires net access to "example\.com:8080", run again with the --allow-net flag$/);
}));
fetch('http://10.0.0.1/').then(common.mustNotCall(), common.mustCall((err) => {
  assert.match(err.message, /"10\.0\.0\.1:80"/);
}));
