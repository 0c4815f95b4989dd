// SPDX-License-Identifier: Apache-2.0
'use strict';
// Node's legacy url.parse()/url.format()/url.resolve() (the pre-WHATWG `Url` object).

const { codes: { ERR_INVALID_URL } } = require('internal/errors');
const { validateString } = require('internal/buffer/validate');
const querystring = require('querystring');
const { domainToASCII } = require('internal/url/host');

const hostlessProtocol = new Set(['javascript', 'javascript:']);
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const unsafeProtocol = new Set(['javascript', 'javascript:']);
const simplePath = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const protocolPattern = /^[a-z0-9.+-]+:/i;
const nonHostChars = new Set('\t\n\r "%\';<>\\^`{|}');
const autoEscape = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', '\'': '%27', '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

const isWs = (c) => c < 33 || c === 0xA0 || c === 0xFEFF;
const isIpv6Hostname = (h) => h.length >= 2 && h[0] === '[' && h[h.length - 1] === ']';

// Trims whitespace and turns backslashes into slashes up to the first '?' or '#'.
function prepare(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isWs(url.charCodeAt(start))) start++;
  while (end > start && isWs(url.charCodeAt(end - 1))) end--;
  const s = url.slice(start, end);
  let split = s.search(/[?#]/);
  if (split === -1) split = s.length;
  return { rest: s.slice(0, split).replace(/\\/g, '/') + s.slice(split), hasHash: s.includes('#'), hasAt: s.slice(0, split).includes('@') };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let { rest, hasHash, hasAt } = prepare(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const m = simplePath.exec(rest);
    if (m) {
      this.path = rest;
      this.href = rest;
      this.pathname = m[1];
      if (m[2]) {
        this.search = m[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes;
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto)))) {
    let hostEnd = -1;
    let atSign = -1;
    let nonHost = -1;
    for (let i = 0; i < rest.length && hostEnd === -1; i++) {
      const ch = rest[i];
      if (nonHostChars.has(ch)) {
        if (nonHost === -1) nonHost = i;
      } else if (ch === '#' || ch === '/' || ch === '?') {
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
      } else if (ch === '@') {
        atSign = i;
        nonHost = -1;
      }
    }
    let start = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      start = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(start);
      rest = '';
    } else {
      this.host = rest.slice(start, nonHost);
      rest = rest.slice(nonHost);
    }
    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    const hostname = this.hostname;
    const ipv6 = isIpv6Hostname(hostname);
    if (!ipv6) {
      for (let i = 0; i < hostname.length; i++) {
        const c = hostname.charCodeAt(i);
        const ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 43 || c === 95 || c > 127;
        if (!ok) {
          this.hostname = hostname.slice(0, i);
          rest = `/${hostname.slice(i)}${rest}`;
          break;
        }
      }
    }
    this.hostname = this.hostname.length > 255 ? '' : this.hostname.toLowerCase();
    if (this.hostname !== '') {
      if (ipv6) {
        if (forbiddenHostCharsIpv6.test(this.hostname)) throw invalidHost(url);
      } else {
        this.hostname = domainToASCII(this.hostname) || '';
        if (forbiddenHostChars.test(this.hostname)) throw invalidHost(url);
      }
    }
    this.host = (this.hostname || '') + (this.port ? `:${this.port}` : '');
    if (ipv6) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = `/${rest}`;
    }
  }

  if (!unsafeProtocol.has(lowerProto)) rest = rest.replace(/[\t\n\r "'<>\\^`{|}]/g, (ch) => autoEscape[ch]);

  const hashIdx = rest.indexOf('#');
  const qIdx = rest.indexOf('?');
  const useQ = qIdx !== -1 && (hashIdx === -1 || qIdx < hashIdx);
  if (hashIdx !== -1) this.hash = rest.slice(hashIdx);
  if (useQ) {
    const qEnd = hashIdx === -1 ? rest.length : hashIdx;
    this.search = rest.slice(qIdx, qEnd);
    this.query = rest.slice(qIdx + 1, qEnd);
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  const firstIdx = useQ ? qIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) this.pathname = rest.slice(0, firstIdx);
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

function invalidHost(url) {
  const err = new ERR_INVALID_URL(url);
  err.input = url;
  return err;
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const m = /:[0-9]*$/.exec(host);
  if (m) {
    if (m[0] !== ':') this.port = m[0].slice(1);
    host = host.slice(0, host.length - m[0].length);
  }
  if (host) this.hostname = host;
};

// Characters left as they are in the auth part of a formatted URL.
const authKeep = /[A-Za-z0-9\-._~!$&'()*+,;=:]/;

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) {
    auth = Array.from(auth, (ch) => (authKeep.test(ch) ? ch : encodeURIComponent(ch))).join('') + '@';
  }
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) host = auth + this.host;
  else if (this.hostname) {
    host = auth + (this.hostname.includes(':') && !isIpv6Hostname(this.hostname) ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && protocol[protocol.length - 1] !== ':') protocol += ':';
  pathname = pathname.replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.startsWith('file')) host = '//';
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

// Resolution through WHATWG URL with a placeholder scheme for relative sources, which is what
// Node documents as the replacement for url.resolve().
function urlResolve(source, relative) {
  const { URL } = require('internal/url/url');
  let resolved;
  try {
    resolved = new URL(relative, new URL(source, 'resolve://'));
  } catch {
    return urlParse(relative, false, true).format();
  }
  if (resolved.protocol === 'resolve:') {
    const { pathname, search, hash } = resolved;
    const rel = !source.startsWith('/') && !relative.startsWith('/');
    return (rel ? pathname.slice(1) : pathname) + search + hash;
  }
  return resolved.toString();
}

Url.prototype.resolve = function resolve(relative) {
  return urlResolve(this.format(), relative);
};

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative !== 'string') relative = relative.format();
  return urlParse(this.resolve(relative), false, true);
};

module.exports = { Url, urlParse, urlResolve };
