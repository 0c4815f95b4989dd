// Flags: --allow-net
'use strict';
// dns/promises: the same queries answer with promises; failures reject with the same errors.
const dnsPromises = require('dns/promises');
const { startDnsServer } = require('./fixtures/dns-server');
const zone = require('./fixtures/zone');

(async () => {
  const server = await startDnsServer(zone);
  const resolver = new dnsPromises.Resolver({ timeout: 5000, tries: 1 });
  resolver.setServers([`127.0.0.1:${server.port}`]);
  console.log(await resolver.resolve4('example.test'));
  console.log(await resolver.resolve4('example.test', { ttl: true }));
  console.log(await resolver.resolve('example.test', 'TXT'));
  console.log(await resolver.resolveSrv('_coap._udp.example.test'));
  console.log(await resolver.reverse('192.0.2.10'));
  for (const [method, name] of [['resolve4', 'nonexistent.test'], ['resolveMx', 'onlyv4.example.test'], ['reverse', 'x']]) {
    try {
      await resolver[method](name);
    } catch (e) {
      console.log(method, 'rejected:', e.message, e.code, e.errno);
    }
  }
  try {
    resolver.resolve('example.test', 'NOPE');
  } catch (e) {
    console.log('throws:', e.code, e.message);
  }

  // The default resolver, shared with dns.
  dnsPromises.setServers([`127.0.0.1:${server.port}`]);
  console.log(await dnsPromises.resolveMx('example.test'));
  console.log(await require('dns').promises.resolveCname('www.example.test'));

  console.log(await dnsPromises.lookup('localhost', 4));
  console.log(await dnsPromises.lookup('127.0.0.1', { all: true }));
  console.log(await dnsPromises.lookupService('127.0.0.1', 22));
  await dnsPromises.lookup('a..b').catch((e) => console.log('lookup rejected:', e.code, e.errno, e.hostname));
  server.close();
})();
