// SPDX-License-Identifier: Apache-2.0
'use strict';
// The WHATWG basic URL parser (https://url.spec.whatwg.org/#concept-basic-url-parser) as a state
// machine over code points, with state overrides for the URL setters, and the URL serializer.

const { encodeSets, percentEncode, parseHost } = require('internal/url/host');

const special = { 'ftp:': 21, 'file:': null, 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443 };
const isSpecialScheme = (s) => Object.prototype.hasOwnProperty.call(special, `${s}:`);
const defaultPort = (s) => (isSpecialScheme(s) ? special[`${s}:`] : null);

const S = {
  SCHEME_START: 1, SCHEME: 2, NO_SCHEME: 3, SPECIAL_RELATIVE_OR_AUTHORITY: 4, PATH_OR_AUTHORITY: 5,
  RELATIVE: 6, RELATIVE_SLASH: 7, SPECIAL_AUTHORITY_SLASHES: 8, SPECIAL_AUTHORITY_IGNORE_SLASHES: 9,
  AUTHORITY: 10, HOST: 11, HOSTNAME: 12, PORT: 13, FILE: 14, FILE_SLASH: 15, FILE_HOST: 16,
  PATH_START: 17, PATH: 18, OPAQUE_PATH: 19, QUERY: 20, FRAGMENT: 21,
};

const isAlpha = (c) => /^[A-Za-z]$/.test(c || '');
const isDigit = (c) => /^[0-9]$/.test(c || '');
const isAlnumPlus = (c) => /^[A-Za-z0-9+\-.]$/.test(c || '');
const isWinLetter = (s, normalizedOnly) => s.length === 2 && isAlpha(s[0]) && (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
function startsWithWinLetter(cps, p) {
  if (cps.length - p < 2) return false;
  if (!isAlpha(cps[p]) || (cps[p + 1] !== ':' && cps[p + 1] !== '|')) return false;
  if (cps.length - p === 2) return true;
  return ['/', '\\', '?', '#'].includes(cps[p + 2]);
}
const isSingleDot = (s) => s === '.' || s.toLowerCase() === '%2e';
const isDoubleDot = (s) => ['..', '.%2e', '%2e.', '%2e%2e'].includes(s.toLowerCase());

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
}

function cloneRecord(r) {
  return { ...r, path: Array.isArray(r.path) ? r.path.slice() : r.path };
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWinLetter(path[0], true)) return;
  path.pop();
}

const hasOpaquePath = (url) => typeof url.path === 'string';
const includesCredentials = (url) => url.username !== '' || url.password !== '';

/**
 * Parses `input` against `base` (a record or null). Returns a record, or null on failure. With
 * `url` and `override`, modifies that record in place (setter semantics) and returns it, or
 * returns null when the setter must leave the URL unchanged.
 */
function basicParse(input, base = null, url = null, override = null) {
  if (url === null) {
    url = newRecord();
    input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');
  let state = override || S.SCHEME_START;
  let buffer = '';
  let atSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const cps = Array.from(input);
  for (let p = 0; p <= cps.length; p++) {
    const c = cps[p];
    switch (state) {
      case S.SCHEME_START:
        if (isAlpha(c)) {
          buffer += c.toLowerCase();
          state = S.SCHEME;
        } else if (!override) {
          state = S.NO_SCHEME;
          p--;
        } else return null;
        break;
      case S.SCHEME:
        if (isAlnumPlus(c)) buffer += c.toLowerCase();
        else if (c === ':') {
          if (override) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return null;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return null;
            if (url.scheme === 'file' && url.host === '') return null;
          }
          url.scheme = buffer;
          if (override) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') state = S.FILE;
          else if (isSpecialScheme(url.scheme) && base !== null && base.scheme === url.scheme) state = S.SPECIAL_RELATIVE_OR_AUTHORITY;
          else if (isSpecialScheme(url.scheme)) state = S.SPECIAL_AUTHORITY_SLASHES;
          else if (cps[p + 1] === '/') {
            state = S.PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = '';
            state = S.OPAQUE_PATH;
          }
        } else if (!override) {
          buffer = '';
          state = S.NO_SCHEME;
          p = -1;
        } else return null;
        break;
      case S.NO_SCHEME:
        if (base === null || (hasOpaquePath(base) && c !== '#')) return null;
        if (hasOpaquePath(base) && c === '#') {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = S.RELATIVE;
          p--;
        } else {
          state = S.FILE;
          p--;
        }
        break;
      case S.SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === '/' && cps[p + 1] === '/') {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = S.RELATIVE;
          p--;
        }
        break;
      case S.PATH_OR_AUTHORITY:
        if (c === '/') state = S.AUTHORITY;
        else {
          state = S.PATH;
          p--;
        }
        break;
      case S.RELATIVE:
        url.scheme = base.scheme;
        if (c === '/') state = S.RELATIVE_SLASH;
        else if (isSpecialScheme(url.scheme) && c === '\\') state = S.RELATIVE_SLASH;
        else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = S.QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            shortenPath(url);
            state = S.PATH;
            p--;
          }
        }
        break;
      case S.RELATIVE_SLASH:
        if (isSpecialScheme(url.scheme) && (c === '/' || c === '\\')) state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
        else if (c === '/') state = S.AUTHORITY;
        else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = S.PATH;
          p--;
        }
        break;
      case S.SPECIAL_AUTHORITY_SLASHES:
        if (c === '/' && cps[p + 1] === '/') {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p--;
        }
        break;
      case S.SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== '/' && c !== '\\') {
          state = S.AUTHORITY;
          p--;
        }
        break;
      case S.AUTHORITY:
        if (c === '@') {
          if (atSeen) buffer = `%40${buffer}`;
          atSeen = true;
          for (const ch of buffer) {
            if (ch === ':' && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const encoded = percentEncode(ch, encodeSets.userinfo);
            if (passwordTokenSeen) url.password += encoded;
            else url.username += encoded;
          }
          buffer = '';
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (isSpecialScheme(url.scheme) && c === '\\')) {
          if (atSeen && buffer === '') return null;
          p -= Array.from(buffer).length + 1;
          buffer = '';
          state = S.HOST;
        } else buffer += c;
        break;
      case S.HOST:
      case S.HOSTNAME:
        if (override && url.scheme === 'file') {
          p--;
          state = S.FILE_HOST;
        } else if (c === ':' && !insideBrackets) {
          if (buffer === '') return null;
          if (override === S.HOSTNAME) return null;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return null;
          url.host = host;
          buffer = '';
          state = S.PORT;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (isSpecialScheme(url.scheme) && c === '\\')) {
          p--;
          if (isSpecialScheme(url.scheme) && buffer === '') return null;
          if (override && buffer === '' && (includesCredentials(url) || url.port !== null)) return null;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return null;
          url.host = host;
          buffer = '';
          state = S.PATH_START;
          if (override) return url;
        } else {
          if (c === '[') insideBrackets = true;
          if (c === ']') insideBrackets = false;
          buffer += c;
        }
        break;
      case S.PORT:
        if (isDigit(c)) buffer += c;
        else if (c === undefined || c === '/' || c === '?' || c === '#' || (isSpecialScheme(url.scheme) && c === '\\') || override) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return null;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (override) return url;
          state = S.PATH_START;
          p--;
        } else return null;
        break;
      case S.FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === '/' || c === '\\') state = S.FILE_SLASH;
        else if (base !== null && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = S.QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            if (!startsWithWinLetter(cps, p)) shortenPath(url);
            else url.path = [];
            state = S.PATH;
            p--;
          }
        } else {
          state = S.PATH;
          p--;
        }
        break;
      case S.FILE_SLASH:
        if (c === '/' || c === '\\') state = S.FILE_HOST;
        else {
          if (base !== null && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWinLetter(cps, p) && base.path.length > 0 && isWinLetter(base.path[0], true)) url.path.push(base.path[0]);
          }
          state = S.PATH;
          p--;
        }
        break;
      case S.FILE_HOST:
        if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
          p--;
          if (!override && isWinLetter(buffer, false)) state = S.PATH;
          else if (buffer === '') {
            url.host = '';
            if (override) return url;
            state = S.PATH_START;
          } else {
            let host = parseHost(buffer, false);
            if (host === null) return null;
            if (host === 'localhost') host = '';
            url.host = host;
            if (override) return url;
            buffer = '';
            state = S.PATH_START;
          }
        } else buffer += c;
        break;
      case S.PATH_START:
        if (isSpecialScheme(url.scheme)) {
          state = S.PATH;
          if (c !== '/' && c !== '\\') p--;
        } else if (!override && c === '?') {
          url.query = '';
          state = S.QUERY;
        } else if (!override && c === '#') {
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (c !== undefined) {
          state = S.PATH;
          if (c !== '/') p--;
        } else if (override && url.host === null) url.path.push('');
        break;
      case S.PATH:
        if (c === undefined || c === '/' || (isSpecialScheme(url.scheme) && c === '\\') || (!override && (c === '?' || c === '#'))) {
          const slash = c === '/' || (isSpecialScheme(url.scheme) && c === '\\');
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) url.path.push('');
          else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWinLetter(buffer, false)) buffer = `${buffer[0]}:`;
            url.path.push(buffer);
          }
          buffer = '';
          if (c === '?') {
            url.query = '';
            state = S.QUERY;
          }
          if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          }
        } else buffer += percentEncode(c, encodeSets.path);
        break;
      case S.OPAQUE_PATH:
        if (c === '?') {
          url.query = '';
          state = S.QUERY;
        } else if (c === '#') {
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (c !== undefined) url.path += percentEncode(c, encodeSets.c0);
        break;
      case S.QUERY:
        if ((!override && c === '#') || c === undefined) {
          const set = isSpecialScheme(url.scheme) ? encodeSets.specialQuery : encodeSets.query;
          url.query += percentEncode(buffer, set);
          buffer = '';
          if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          }
        } else buffer += c;
        break;
      case S.FRAGMENT:
        if (c !== undefined) url.fragment += percentEncode(c, encodeSets.fragment);
        break;
      default:
        throw new Error(`unreachable URL parser state ${state}`);
    }
  }
  return url;
}

function serializePath(url) {
  if (hasOpaquePath(url)) return url.path;
  let out = '';
  for (const seg of url.path) out += `/${seg}`;
  return out;
}

function serialize(url, excludeFragment = false) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (includesCredentials(url)) {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  }
  if (url.host === null && !hasOpaquePath(url) && url.path.length > 1 && url.path[0] === '') out += '/.';
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

module.exports = {
  S, basicParse, serialize, serializePath, isSpecialScheme, defaultPort, hasOpaquePath, includesCredentials, cloneRecord,
};
