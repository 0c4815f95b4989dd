// Flags: --allow-net
'use strict';
// dns.lookup asks the operating system (getaddrinfo, so /etc/hosts counts): one address or all,
// by family, in the order asked for; IP literals and empty names answer without a lookup; a name
// getaddrinfo rejects is ENOTFOUND with errno and hostname. lookupService is getnameinfo.
const dns = require('dns');
const util = require('util');

const steps = [
  (next) => dns.lookup('localhost', 4, (err, address, family) => next('family 4:', err, address, family)),
  (next) => dns.lookup('localhost', { family: 'IPv4', all: true }, (err, list) => next('all v4:', err, list)),
  (next) => dns.lookup('127.0.0.1', (err, address, family) => next('v4 literal:', err, address, family)),
  (next) => dns.lookup('::1', { all: true }, (err, list) => next('v6 literal:', err, list)),
  (next) => dns.lookup('', (err, address, family) => next('empty name:', err, address, family)),
  (next) => dns.lookup(null, { all: true, family: 6 }, (err, list) => next('null name:', err, list)),
  (next) => dns.lookup('localhost', { family: 4, order: 'ipv6first', all: true }, (err, list) => next('order:', err, list)),
  (next) => dns.lookup('localhost', { family: 4, verbatim: false, hints: dns.ADDRCONFIG }, (err, a) => next('hints:', err, a)),
  (next) => dns.lookup('a..b', (err) => next('bad name:', err.message, err.errno, err.code, err.syscall, err.hostname)),
  (next) => dns.lookupService('127.0.0.1', 22, (err, hostname, service) => next('lookupService:', err, hostname, service)),
  (next) => dns.lookupService('127.0.0.1', '65000', (err, hostname, service) => next('unnamed port:', err, hostname, service)),
  (next) => util.promisify(dns.lookup)('localhost', 4).then((r) => next('promisify:', r)),
  (next) => util.promisify(dns.lookupService)('127.0.0.1', 80).then((r) => next('promisify service:', r)),
];
(function run(i) {
  if (i < steps.length) steps[i]((...args) => { console.log(...args); run(i + 1); });
  else console.log('default order:', dns.getDefaultResultOrder());
})(0);
