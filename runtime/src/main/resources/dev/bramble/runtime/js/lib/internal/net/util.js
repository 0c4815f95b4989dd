// SPDX-License-Identifier: Apache-2.0
'use strict';
// What net, tls and http share: IP address tests, argument validation with Node's codes, and the
// system errors a socket raises (errno from the binding, message as Node words it).

const { codes, define } = require('internal/errors');
const { errorMap } = require('internal/util/errno');

const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_SOCKET_BAD_PORT, ERR_INVALID_ARG_VALUE } = codes;
define('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
define('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
define('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
define('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
define('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
define('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
define('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
define('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);

const V4_PART = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
const V4 = new RegExp(`^(?:${V4_PART}\\.){3}${V4_PART}$`);
const V4_TAIL = new RegExp(`(?:${V4_PART}\\.){3}${V4_PART}$`);
const HEX = /^[0-9a-fA-F]{1,4}$/;

function isIPv4(s) {
  return typeof s === 'string' && s.length <= 15 && V4.test(s);
}

// RFC 4291 text forms: eight groups, one '::', an IPv4 tail, and an optional %zone.
function isIPv6(s) {
  if (typeof s !== 'string' || s.length > 64 || s.length < 2) return false;
  let addr = s;
  const zone = addr.indexOf('%');
  if (zone !== -1) {
    if (zone === addr.length - 1) return false;
    addr = addr.slice(0, zone);
  }
  let groups = 8;
  const tail = addr.match(V4_TAIL);
  if (tail && addr.includes(':') && addr[addr.length - tail[0].length - 1] === ':') {
    addr = addr.slice(0, addr.length - tail[0].length) + '0';
    groups = 7;
  }
  const halves = addr.split('::');
  if (halves.length > 2) return false;
  const parts = (h) => (h === '' ? [] : h.split(':'));
  const head = parts(halves[0]);
  const rest = halves.length === 2 ? parts(halves[1]) : [];
  if (![...head, ...rest].every((p) => HEX.test(p))) return false;
  const n = head.length + rest.length;
  return halves.length === 2 ? n < groups + (groups === 7 ? 1 : 0) : n === groups;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) || ((min != null || max != null) && Number.isNaN(value))) {
    throw new ERR_OUT_OF_RANGE(name, `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`, value);
  }
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function isLegalPort(port) {
  if ((typeof port !== 'number' && typeof port !== 'string') || (typeof port === 'string' && port.trim().length === 0)) return false;
  return +port === (+port >>> 0) && port <= 0xFFFF;
}

// A port as a number or numeric string, 0..65535 (1.. with allowZero false); Node's validatePort.
function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF || (port === 0 && !allowZero)) {
    throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
}

// A milliseconds timeout (socket.setTimeout, server.setTimeout): finite and not negative.
function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  return msecs;
}

function uvName(errno) {
  const entry = errorMap.get(errno);
  return entry ? entry : [`Unknown system error ${errno}`, `Unknown system error ${errno}`];
}

// "read ECONNRESET": errno, code, syscall.
function errnoException(errno, syscall, original) {
  const [code] = uvName(errno);
  const err = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

// "connect ECONNREFUSED 127.0.0.1:80": errno, code, syscall, address, port.
function exceptionWithHostPort(errno, syscall, address, port, additional) {
  const [code] = uvName(errno);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const err = new Error(`${syscall} ${code}${details}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

// "listen EADDRINUSE: address already in use :::80": code, errno, syscall, address, port.
function uvExceptionWithHostPort(errno, syscall, address, port) {
  const [code, text] = uvName(errno);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const err = new Error(`${syscall} ${code}: ${text}${details}`);
  err.code = code;
  err.errno = errno;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

// "getaddrinfo ENOTFOUND example.invalid": errno, code, syscall, hostname.
function dnsException(errno, syscall, hostname) {
  const code = errno === -3008 ? 'ENOTFOUND' : uvName(errno)[0];
  const err = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  return err;
}

module.exports = {
  isIP, isIPv4, isIPv6, isLegalPort, validatePort, validateNumber, validateInt32, validateString, validateBoolean,
  validateFunction, validateObject, validateAbortSignal, getTimerDuration, errnoException, exceptionWithHostPort,
  uvExceptionWithHostPort, dnsException, ERR_INVALID_ARG_VALUE,
};
