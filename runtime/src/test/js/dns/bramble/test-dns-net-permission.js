// Flags: --allow-net=localhost,127.0.0.1,example.test:53
'use strict';
// --allow-net is checked for the name being resolved: a granted host (with or without a port in
// the grant) may be looked up; any other name is ERR_ACCESS_DENIED before a query is sent. IP
// literals are not looked up, so they need nothing.
const assert = require('assert');
const dns = require('dns');
const common = require('../../common');

const denied = (api, name) => ({
  code: 'ERR_ACCESS_DENIED',
  message: `${api}: Requires net access to "${name}", run again with the --allow-net flag`,
});

dns.lookup('localhost', 4, common.mustSucceed((address) => assert.strictEqual(address, '127.0.0.1')));
dns.lookup('192.0.2.1', common.mustSucceed((address, family) => assert.deepStrictEqual([address, family], ['192.0.2.1', 4])));
assert.throws(() => dns.lookup('example.com', () => {}), denied('dns.lookup()', 'example.com'));
assert.throws(() => dns.lookupService('192.0.2.1', 80, () => {}), denied('dns.lookupService()', '192.0.2.1'));
dns.lookupService('127.0.0.1', 22, common.mustSucceed());

const resolver = new dns.Resolver({ timeout: 200, tries: 1 });
resolver.setServers(['127.0.0.1:9']);
assert.throws(() => resolver.resolve4('other.test', () => {}), denied('dns.resolve4()', 'other.test'));
assert.throws(() => resolver.resolveMx('other.test', () => {}), denied('dns.resolveMx()', 'other.test'));
assert.throws(() => resolver.reverse('192.0.2.1', () => {}), denied('dns.reverse()', '192.0.2.1'));
// Granted (example.test:53 grants the name): the query is sent, and times out on the closed port.
resolver.resolveTxt('example.test', common.mustCall((err) => assert.strictEqual(err.code, 'ETIMEOUT')));
assert.rejects(dns.promises.lookup('example.com'), denied('dns.lookup()', 'example.com')).then(common.mustCall());
