// Flags: --allow-net
'use strict';
// resolve* against a DNS server on loopback: each record type in Node's shape, ttl on request,
// resolve(name, rrtype), reverse() for IPv4 and IPv6 and names compressed as real servers send them.
const dns = require('dns');
const { startDnsServer } = require('./fixtures/dns-server');
const zone = require('./fixtures/zone');

startDnsServer(zone).then((server) => {
  const resolver = new dns.Resolver({ timeout: 5000, tries: 1 });
  resolver.setServers([`127.0.0.1:${server.port}`]);
  const steps = [
    ['resolve4', 'example.test'],
    ['resolve4', 'example.test', { ttl: true }],
    ['resolve6', 'example.test'],
    ['resolve6', 'example.test', { ttl: true }],
    ['resolveMx', 'example.test'],
    ['resolveTxt', 'example.test'],
    ['resolveNs', 'example.test'],
    ['resolveSoa', 'example.test'],
    ['resolveCaa', 'example.test'],
    ['resolveCname', 'www.example.test'],
    ['resolveSrv', '_coap._udp.example.test'],
    ['resolveNaptr', 'sip.example.test'],
    ['resolvePtr', 'ptr.example.test'],
    ['reverse', '192.0.2.10'],
    ['reverse', '2001:db8::10'],
    ['resolve', 'example.test'],
    ['resolve', 'example.test', 'MX'],
    ['resolveAny', 'example.test'],
  ];
  (function next(i) {
    if (i === steps.length) {
      server.close();
      return;
    }
    const [method, name, arg] = steps[i];
    const args = arg === undefined ? [name] : [name, arg];
    resolver[method](...args, (err, result) => {
      console.log(`${method}(${args.map((a) => JSON.stringify(a)).join(', ')}):`, err || result);
      next(i + 1);
    });
  })(0);
});
