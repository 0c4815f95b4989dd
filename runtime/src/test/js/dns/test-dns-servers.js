'use strict';
// setServers/getServers: addresses with and without ports (53 is not shown), IPv6 in brackets,
// per Resolver and for the default resolver that dns and dns/promises share.
const dns = require('dns');
const dnsPromises = require('dns/promises');

console.log('same module:', dns.promises === dnsPromises);
console.log('default servers:', Array.isArray(dns.getServers()), dns.getServers().length > 0);

const r = new dns.Resolver();
r.setServers(['127.0.0.1', '127.0.0.2:53', '127.0.0.3:5353', '::1', '[::1]:5353', '[2001:db8::1]', 'fe80::1%lo']);
console.log(r.getServers());

dns.setServers(['192.0.2.53:1053', '192.0.2.54']);
console.log('default:', dns.getServers(), dnsPromises.getServers());
dnsPromises.setServers(['[2001:db8::53]:5300']);
console.log('after dns/promises.setServers:', dns.getServers());

const p = new dnsPromises.Resolver({ timeout: 100, tries: 2 });
p.setServers(['10.0.0.1:99']);
console.log('promises Resolver:', p.getServers(), typeof p.resolve4, p instanceof dnsPromises.Resolver);
r.setServers([]);
console.log('empty:', r.getServers());

// setLocalAddress: where queries are sent from, one address per family.
for (const args of [['127.0.0.1'], ['::1'], ['127.0.0.1', '::1'], ['x'], ['127.0.0.1', '127.0.0.2'], ['::1', '::2'], [1]]) {
  try {
    new dns.Resolver().setLocalAddress(...args);
    console.log('setLocalAddress', args, 'ok');
  } catch (e) {
    console.log('setLocalAddress', args, `${e.name} [${e.code}]: ${e.message}`);
  }
}
