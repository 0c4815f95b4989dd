// SPDX-License-Identifier: Apache-2.0
'use strict';
// The errors Node makes from libuv and c-ares status codes, in Node's shapes:
// `spawn nope ENOENT` (errno, code, syscall), `bind EADDRINUSE 0.0.0.0:41234` (+ address, port)
// and `getaddrinfo ENOTFOUND host` (+ hostname). Bindings report a negated errno or a code name.

const { errorMap } = require('internal/util/errno');

const byName = new Map();
for (const [errno, [name]] of errorMap) byName.set(name, errno);

/** The negated errno of a libuv code name ('ENOENT' -> -2). */
function errnoOf(code) {
  return byName.get(code);
}

function nameOf(errno) {
  const entry = errorMap.get(errno);
  return entry ? entry[0] : `Unknown system error ${errno}`;
}

function toErrno(err) {
  return typeof err === 'number' ? err : errnoOf(err) ?? -4094;
}

function errnoException(err, syscall, original) {
  const errno = toErrno(err);
  const code = nameOf(errno);
  const ex = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}

function exceptionWithHostPort(err, syscall, address, port, additional) {
  const errno = toErrno(err);
  const code = nameOf(errno);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// getaddrinfo failures carry a libuv errno (ENOTFOUND is EAI_NONAME's -3008); c-ares failures
// (queryA ESERVFAIL) have none, as in Node.
const getaddrinfoErrno = { ENOTFOUND: -3008, EAI_AGAIN: -3001, EAI_FAIL: -3004, EAI_NODATA: -3007, EAI_NONAME: -3008 };

function dnsException(code, syscall, hostname) {
  const ex = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  ex.errno = syscall === 'getaddrinfo' || syscall === 'getnameinfo' ? getaddrinfoErrno[code] : undefined;
  ex.code = code;
  ex.syscall = syscall;
  if (hostname) ex.hostname = hostname;
  return ex;
}

module.exports = { errnoOf, nameOf, errnoException, exceptionWithHostPort, dnsException };
