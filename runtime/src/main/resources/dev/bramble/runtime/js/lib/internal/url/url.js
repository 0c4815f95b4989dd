// SPDX-License-Identifier: Apache-2.0
'use strict';
// WHATWG URL and URLSearchParams (live-bound to each other), with Node 20's errors and inspect output.

const {
  codes: { ERR_INVALID_URL, ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
  define,
} = require('internal/errors');
const P = require('internal/url/parser');
const { encodeSets, percentEncode, percentDecodeBytes } = require('internal/url/host');
const { TextDecoder } = require('internal/encoding');

const ERR_INVALID_TUPLE = define('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
const ERR_ARG_NOT_ITERABLE = define('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kRecord = Symbol('url record');
const kList = Symbol('query list');
const kUrl = Symbol('owning URL');
const kParams = Symbol('searchParams');
const utf8 = new TextDecoder();

// Internal state lives in non-enumerable symbol properties, so spreads and inspect do not show it.
function hide(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, configurable: true, enumerable: false });
}

function toUSV(v) {
  const s = `${v}`;
  return typeof s.toWellFormed === 'function' ? s.toWellFormed()
    : s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function inspectWith(inspect) {
  return inspect || require('internal/util/inspect').inspect;
}

function invalidUrl(input, base) {
  const err = new ERR_INVALID_URL(input);
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

// --- application/x-www-form-urlencoded ----------------------------------------------------

function parseForm(str) {
  const list = [];
  for (const seq of str.split('&')) {
    if (seq === '') continue;
    const eq = seq.indexOf('=');
    const name = (eq === -1 ? seq : seq.slice(0, eq)).replace(/\+/g, ' ');
    const value = (eq === -1 ? '' : seq.slice(eq + 1)).replace(/\+/g, ' ');
    list.push([utf8.decode(percentDecodeBytes(name)), utf8.decode(percentDecodeBytes(value))]);
  }
  return list;
}

function serializeForm(list) {
  return list.map(([k, v]) => `${percentEncode(k, encodeSets.form, true)}=${percentEncode(v, encodeSets.form, true)}`).join('&');
}

// --- URLSearchParams ------------------------------------------------------------------------

function paramsOf(self) {
  if (self === null || typeof self !== 'object' || !(kList in self)) throw new ERR_INVALID_THIS('URLSearchParams');
  return self[kList];
}

function update(params) {
  const url = params[kUrl];
  if (!url) return;
  const s = serializeForm(params[kList]);
  url[kRecord].query = s === '' ? null : s;
}

class URLSearchParams {
  constructor(init = undefined) {
    hide(this, kList, []);
    hide(this, kUrl, null);
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && init instanceof URLSearchParams) {
        this[kList] = init[kList].map((p) => p.slice());
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') || typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = Array.from(pair);
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this[kList].push([toUSV(items[0]), toUSV(items[1])]);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string') continue;
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc !== undefined && desc.enumerable) this[kList].push([toUSV(key), toUSV(init[key])]);
        }
      }
    } else {
      let s = toUSV(init);
      if (s[0] === '?') s = s.slice(1);
      this[kList] = parseForm(s);
    }
  }

  get size() { return paramsOf(this).length; }

  append(name, value) {
    const list = paramsOf(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    list.push([toUSV(name), toUSV(value)]);
    update(this);
  }

  delete(name, value = undefined) {
    const list = paramsOf(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const v = value === undefined ? undefined : toUSV(value);
    this[kList] = list.filter(([k, val]) => !(k === name && (v === undefined || val === v)));
    update(this);
  }

  get(name) {
    const list = paramsOf(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const hit = list.find(([k]) => k === name);
    return hit ? hit[1] : null;
  }

  getAll(name) {
    const list = paramsOf(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    return list.filter(([k]) => k === name).map(([, v]) => v);
  }

  has(name, value = undefined) {
    const list = paramsOf(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const v = value === undefined ? undefined : toUSV(value);
    return list.some(([k, val]) => k === name && (v === undefined || val === v));
  }

  set(name, value) {
    const list = paramsOf(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSV(name);
    value = toUSV(value);
    const i = list.findIndex(([k]) => k === name);
    if (i === -1) list.push([name, value]);
    else {
      list[i][1] = value;
      this[kList] = list.filter(([k], j) => j <= i || k !== name);
    }
    update(this);
  }

  sort() {
    const list = paramsOf(this);
    // Stable sort by UTF-16 code units, as the spec asks.
    const indexed = list.map((p, i) => [p, i]);
    indexed.sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j));
    this[kList] = indexed.map(([p]) => p);
    update(this);
  }

  forEach(callback, thisArg = undefined) {
    paramsOf(this);
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    for (let i = 0; i < this[kList].length; i++) {
      const [k, v] = this[kList][i];
      callback.call(thisArg, v, k, this);
    }
  }

  entries() { paramsOf(this); return makeIterator(this, 'key+value'); }
  keys() { paramsOf(this); return makeIterator(this, 'key'); }
  values() { paramsOf(this); return makeIterator(this, 'value'); }

  toString() { return serializeForm(paramsOf(this)); }

  [customInspect](depth, options, inspect) {
    const list = paramsOf(this);
    if (typeof depth === 'number' && depth < 0) return options && options.stylize ? options.stylize('[Object]', 'special') : '[Object]';
    const fmt = inspectWith(inspect);
    const opts = { ...options, depth: depth == null ? null : depth };
    const parts = list.map(([k, v]) => `${fmt(k, opts)} => ${fmt(v, opts)}`);
    const name = 'URLSearchParams';
    if (parts.length === 0) return `${name} {}`;
    const oneLine = `${name} { ${parts.join(', ')} }`;
    const width = options && options.breakLength !== undefined ? options.breakLength : 80;
    return oneLine.length <= width ? oneLine : `${name} {\n  ${parts.join(',\n  ')} }`;
  }
}
URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const kTarget = Symbol('target');
const kKind = Symbol('kind');
const kIndex = Symbol('index');
const SearchParamsIteratorPrototype = Object.create(IteratorPrototype, {
  next: {
    writable: true, configurable: true, enumerable: true,
    value: function next() {
      if (!this || !(kTarget in this)) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      const list = this[kTarget][kList];
      if (this[kIndex] >= list.length) return { value: undefined, done: true };
      const [k, v] = list[this[kIndex]++];
      const kind = this[kKind];
      return { value: kind === 'key' ? k : kind === 'value' ? v : [k, v], done: false };
    },
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
  [customInspect]: {
    writable: true, configurable: true,
    value: function inspect(depth, options, insp) {
      const fmt = inspectWith(insp);
      const list = this[kTarget][kList].slice(this[kIndex]);
      const kind = this[kKind];
      const items = list.map(([k, v]) => (kind === 'key' ? fmt(k) : kind === 'value' ? fmt(v) : `[ ${fmt(k)}, ${fmt(v)} ]`));
      return `URLSearchParams Iterator { ${items.join(', ')}${items.length ? ' ' : ''}}`.replace('{  }', '{}');
    },
  },
});

function makeIterator(target, kind) {
  const it = Object.create(SearchParamsIteratorPrototype);
  it[kTarget] = target;
  it[kKind] = kind;
  it[kIndex] = 0;
  return it;
}

// --- URL ----------------------------------------------------------------------------------

function recordOf(self) {
  if (self === null || typeof self !== 'object' || !(kRecord in self)) throw new ERR_INVALID_THIS('URL');
  return self[kRecord];
}

function parseOrNull(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = P.basicParse(toUSV(base));
    if (baseRecord === null) return null;
  }
  return P.basicParse(toUSV(input), baseRecord);
}

// Runs a setter on a copy and keeps it only when the parser accepted it.
function applySetter(self, input, state, prepare) {
  const rec = P.cloneRecord(recordOf(self));
  if (prepare) prepare(rec);
  const out = P.basicParse(input, null, rec, state);
  if (out !== null) self[kRecord] = out;
}

function originOf(rec) {
  switch (rec.scheme) {
    case 'blob': {
      const inner = P.hasOpaquePath(rec) ? P.basicParse(rec.path) : null;
      if (inner && (inner.scheme === 'http' || inner.scheme === 'https')) return originOf(inner);
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return `${rec.scheme}://${rec.host}${rec.port !== null ? `:${rec.port}` : ''}`;
    default:
      return 'null';
  }
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSV(input);
    if (base !== undefined) base = toUSV(base);
    const rec = parseOrNull(input, base);
    if (rec === null) throw invalidUrl(input, base);
    hide(this, kRecord, rec);
    const params = new URLSearchParams(rec.query || '');
    params[kUrl] = this;
    hide(this, kParams, params);
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    return parseOrNull(url, base === undefined ? undefined : base) !== null;
  }

  get href() { return P.serialize(recordOf(this)); }
  set href(value) {
    recordOf(this);
    value = toUSV(value);
    const rec = P.basicParse(value);
    if (rec === null) throw invalidUrl(value);
    this[kRecord] = rec;
    this[kParams][kList] = parseForm(rec.query || '');
  }

  get origin() { return originOf(recordOf(this)); }

  get protocol() { return `${recordOf(this).scheme}:`; }
  set protocol(value) { applySetter(this, `${toUSV(value)}:`, P.S.SCHEME_START); }

  get username() { return recordOf(this).username; }
  set username(value) {
    const rec = recordOf(this);
    if (rec.host === null || rec.host === '' || rec.scheme === 'file') return;
    rec.username = percentEncode(toUSV(value), encodeSets.userinfo);
  }

  get password() { return recordOf(this).password; }
  set password(value) {
    const rec = recordOf(this);
    if (rec.host === null || rec.host === '' || rec.scheme === 'file') return;
    rec.password = percentEncode(toUSV(value), encodeSets.userinfo);
  }

  get host() {
    const rec = recordOf(this);
    if (rec.host === null) return '';
    return rec.port === null ? rec.host : `${rec.host}:${rec.port}`;
  }
  set host(value) {
    if (P.hasOpaquePath(recordOf(this))) return;
    applySetter(this, toUSV(value), P.S.HOST);
  }

  get hostname() { const h = recordOf(this).host; return h === null ? '' : h; }
  set hostname(value) {
    if (P.hasOpaquePath(recordOf(this))) return;
    applySetter(this, toUSV(value), P.S.HOSTNAME);
  }

  get port() { const p = recordOf(this).port; return p === null ? '' : `${p}`; }
  set port(value) {
    const rec = recordOf(this);
    if (rec.host === null || rec.host === '' || rec.scheme === 'file') return;
    value = toUSV(value);
    if (value === '') rec.port = null;
    else applySetter(this, value, P.S.PORT);
  }

  get pathname() { return P.serializePath(recordOf(this)); }
  set pathname(value) {
    if (P.hasOpaquePath(recordOf(this))) return;
    applySetter(this, toUSV(value), P.S.PATH_START, (rec) => { rec.path = []; });
  }

  get search() { const q = recordOf(this).query; return q === null || q === '' ? '' : `?${q}`; }
  set search(value) {
    const rec = recordOf(this);
    value = toUSV(value);
    if (value === '') {
      rec.query = null;
      this[kParams][kList] = [];
      return;
    }
    const input = value[0] === '?' ? value.slice(1) : value;
    applySetter(this, input, P.S.QUERY, (r) => { r.query = ''; });
    this[kParams][kList] = parseForm(input);
  }

  get searchParams() { recordOf(this); return this[kParams]; }

  get hash() { const f = recordOf(this).fragment; return f === null || f === '' ? '' : `#${f}`; }
  set hash(value) {
    const rec = recordOf(this);
    value = toUSV(value);
    if (value === '') {
      rec.fragment = null;
      return;
    }
    const input = value[0] === '#' ? value.slice(1) : value;
    applySetter(this, input, P.S.FRAGMENT, (r) => { r.fragment = ''; });
  }

  toString() { return this.href; }
  toJSON() { return this.href; }

  [customInspect](depth, options, inspect) {
    recordOf(this);
    const fmt = inspectWith(inspect);
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href, origin: this.origin, protocol: this.protocol, username: this.username,
      password: this.password, host: this.host, hostname: this.hostname, port: this.port,
      pathname: this.pathname, search: this.search, searchParams: this.searchParams, hash: this.hash,
    };
    return `${this.constructor.name} ${fmt(obj, options)}`;
  }
}
for (const name of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname',
  'search', 'searchParams', 'hash', 'toString', 'toJSON']) {
  Object.defineProperty(URL.prototype, name, { ...Object.getOwnPropertyDescriptor(URL.prototype, name), enumerable: true });
}
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'forEach', 'entries', 'keys', 'values', 'toString', 'size']) {
  Object.defineProperty(URLSearchParams.prototype, name, { ...Object.getOwnPropertyDescriptor(URLSearchParams.prototype, name), enumerable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
Object.defineProperty(URL, 'canParse', { enumerable: true });

const blobUrls = new Map();
URL.createObjectURL = function createObjectURL(obj) {
  const { Blob } = require('buffer');
  if (!(obj instanceof Blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
  const id = require('crypto').randomUUID();
  blobUrls.set(id, obj);
  return `blob:nodedata:${id}`;
};
URL.revokeObjectURL = function revokeObjectURL(url) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
  const s = `${url}`;
  if (s.startsWith('blob:nodedata:')) blobUrls.delete(s.slice('blob:nodedata:'.length));
};

function isURL(v) {
  return v != null && typeof v === 'object' && kRecord in v;
}

module.exports = { URL, URLSearchParams, isURL, toUSV, blobUrls };
