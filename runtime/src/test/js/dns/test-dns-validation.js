'use strict';
// Bad arguments to dns throw at once with Node's codes and messages (no permission needed).
const dns = require('dns');
const cb = () => {};

const cases = [
  () => dns.lookup(42, cb),
  () => dns.lookup('localhost'),
  () => dns.lookup('localhost', 5, cb),
  () => dns.lookup('localhost', 'four', cb),
  () => dns.lookup('localhost', { family: 'IPv5' }, cb),
  () => dns.lookup('localhost', { hints: 1 }, cb),
  () => dns.lookup('localhost', { all: 'yes' }, cb),
  () => dns.lookup('localhost', { order: 'random' }, cb),
  () => dns.lookupService('127.0.0.1', 22),
  () => dns.lookupService('localhost', 22, cb),
  () => dns.lookupService('127.0.0.1', 'http', cb),
  () => dns.lookupService('127.0.0.1', 65536, cb),
  () => dns.resolve4(42, cb),
  () => dns.resolve4('example.test'),
  () => dns.resolve('example.test', 'BOGUS', cb),
  () => dns.resolve('example.test', 42, cb),
  () => dns.setServers('127.0.0.1'),
  () => dns.setServers([42]),
  () => dns.setServers(['not an ip']),
  () => dns.setServers(['127.0.0.1:abc']),
  () => new dns.Resolver({ timeout: -2 }),
  () => new dns.Resolver({ tries: 0 }),
  () => new dns.Resolver({ timeout: 'soon' }),
  () => dns.setDefaultResultOrder('random'),
  () => dns.promises.lookup(42),
  () => dns.promises.lookupService('127.0.0.1'),
];
for (const fn of cases) {
  try {
    fn();
    console.log('no error:', fn.toString());
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}
