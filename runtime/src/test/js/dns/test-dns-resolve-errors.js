// Flags: --allow-net
'use strict';
// What c-ares reports, in Node's shape (code, syscall, hostname, no errno): NXDOMAIN is ENOTFOUND,
// a name without that record type ENODATA, then ESERVFAIL, EREFUSED, ETIMEOUT and ECANCELLED.
const dns = require('dns');
const { startDnsServer } = require('./fixtures/dns-server');
const zone = require('./fixtures/zone');

const show = (label) => (err, result) => {
  if (!err) return console.log(label, 'no error:', result);
  console.log(label, err.message, { errno: err.errno, code: err.code, syscall: err.syscall, hostname: err.hostname });
  console.log('  ', err instanceof Error, Object.keys(err), err.code === dns[Object.keys(dns).find((k) => dns[k] === err.code)]);
};

startDnsServer(zone).then((server) => {
  const resolver = new dns.Resolver({ timeout: 5000, tries: 1 });
  resolver.setServers([`127.0.0.1:${server.port}`]);
  const quick = new dns.Resolver({ timeout: 200, tries: 2 });
  quick.setServers([`127.0.0.1:${server.port}`]);
  const steps = [
    (next) => resolver.resolve4('nonexistent.test', (e, r) => next(show('NXDOMAIN:'), e, r)),
    (next) => resolver.resolveMx('onlyv4.example.test', (e, r) => next(show('no MX:'), e, r)),
    (next) => resolver.resolve6('onlyv4.example.test', (e, r) => next(show('no AAAA:'), e, r)),
    (next) => resolver.resolveTxt('servfail.test', (e, r) => next(show('SERVFAIL:'), e, r)),
    (next) => resolver.resolveSrv('refused.test', (e, r) => next(show('REFUSED:'), e, r)),
    (next) => quick.resolve4('timeout.test', (e, r) => next(show('timeout:'), e, r)),
    (next) => resolver.reverse('192.0.2.99', (e, r) => next(show('no PTR:'), e, r)),
    (next) => {
      resolver.resolveNs('timeout.test', (e, r) => next(show('cancelled:'), e, r));
      resolver.cancel();
    },
  ];
  (function run(i) {
    if (i === steps.length) {
      const tries = server.queries.filter((q) => q === 'A timeout.test').length;
      console.log('timeout.test asked', tries, 'times (tries: 2)');
      try {
        resolver.reverse('not-an-ip', () => {});
      } catch (e) {
        show('reverse(not-an-ip) threw:')(e);
      }
      server.close();
      return;
    }
    steps[i]((fn, e, r) => {
      fn(e, r);
      run(i + 1);
    });
  })(0);
});
