// SPDX-License-Identifier: Apache-2.0
'use strict';
// The Fetch standard's Request, with Node 20's (undici's) checks and messages.

const { Headers, setGuard } = require('internal/fetch/headers');
const { kBody, extractBody, mixin, cloneBody, isUsed } = require('internal/fetch/body');
const { webidlObject } = require('internal/fetch/util');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kState = Symbol('state');
const kSignal = Symbol('signal');
const kHeaders = Symbol('headers');

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const NORMALIZED = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const FORBIDDEN = new Set(['CONNECT', 'TRACE', 'TRACK']);
const ENUMS = {
  mode: ['navigate', 'same-origin', 'no-cors', 'cors'],
  credentials: ['omit', 'same-origin', 'include'],
  cache: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
  redirect: ['follow', 'error', 'manual'],
  duplex: ['half'],
};
let patchWarned = false;

function parseURL(input) {
  try {
    return new URL(`${input}`);
  } catch (cause) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause });
  }
}

function followSignal(signal) {
  const controller = new AbortController();
  if (signal) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

class Request {
  constructor(input, init = {}) {
    if (arguments.length < 1) throw new TypeError('Request constructor: 1 argument required, but only 0 present.');
    webidlObject(init, 'Request constructor', 'init');
    init ??= {};
    let state;
    let inputBody = null;
    if (input instanceof Request) {
      state = { ...input[kState] };
      if (isUsed(input) || input[kBody]?.stream?.locked) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
      inputBody = input[kBody];
      this[kSignal] = followSignal(init.signal !== undefined ? init.signal : input.signal);
    } else {
      const url = parseURL(input);
      if (url.username || url.password) {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      state = {
        method: 'GET', url: url.href, destination: '', referrer: 'about:client', referrerPolicy: '', mode: 'cors',
        credentials: 'same-origin', cache: 'default', redirect: 'follow', integrity: '', keepalive: false,
        duplex: 'half',
      };
      this[kSignal] = followSignal(init.signal);
    }
    for (const key of ['mode', 'credentials', 'cache', 'redirect', 'duplex']) {
      if (init[key] === undefined) continue;
      const value = `${init[key]}`;
      if (!ENUMS[key].includes(value)) {
        throw new TypeError(`Request constructor: ${value} is not an accepted type. Expected one of ${ENUMS[key].join(', ')}.`);
      }
      if (key !== 'duplex') state[key] = value;
    }
    if (state.mode === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
    if (init.integrity !== undefined) state.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) state.keepalive = Boolean(init.keepalive);
    if (init.referrer !== undefined) state.referrer = init.referrer === '' ? 'no-referrer' : `${init.referrer}`;
    if (init.method !== undefined) {
      let method = `${init.method}`;
      if (!TOKEN.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const upper = method.toUpperCase();
      if (FORBIDDEN.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      if (NORMALIZED.has(upper)) method = upper;
      if (method === 'patch' && !patchWarned) {
        patchWarned = true;
        process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is much more likely to succeed.',
          { code: 'UNDICI-FETCH-patch' });
      }
      state.method = method;
    }
    this[kState] = state;
    const headers = new Headers(init.headers !== undefined ? init.headers : (input instanceof Request ? input.headers : undefined));
    this[kHeaders] = setGuard(headers, 'request');
    const bodyInit = init.body;
    if ((bodyInit !== undefined && bodyInit !== null) || inputBody !== null) {
      if (state.method === 'GET' || state.method === 'HEAD') {
        throw new TypeError('Request with GET/HEAD method cannot have body.');
      }
    }
    let body = inputBody;
    if (bodyInit !== undefined && bodyInit !== null) {
      body = extractBody(bodyInit);
      if (body.stream && init.duplex === undefined) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      if (body.type && !headers.has('content-type')) headers.append('content-type', body.type);
    }
    this[kBody] = body;
  }

  get method() { return this[kState].method; }

  get url() { return this[kState].url; }

  get headers() { return this[kHeaders]; }

  get destination() { return this[kState].destination; }

  get referrer() { return this[kState].referrer === 'no-referrer' ? '' : this[kState].referrer; }

  get referrerPolicy() { return this[kState].referrerPolicy; }

  get mode() { return this[kState].mode; }

  get credentials() { return this[kState].credentials; }

  get cache() { return this[kState].cache; }

  get redirect() { return this[kState].redirect; }

  get integrity() { return this[kState].integrity; }

  get keepalive() { return this[kState].keepalive; }

  get isReloadNavigation() { return false; }

  get isHistoryNavigation() { return false; }

  get signal() { return this[kSignal]; }

  get duplex() { return 'half'; }

  clone() {
    if (isUsed(this)) throw new TypeError('Request.clone: Body has already been consumed.');
    const copy = Object.create(Request.prototype);
    copy[kState] = { ...this[kState] };
    copy[kHeaders] = setGuard(new Headers(this[kHeaders]), 'request');
    copy[kBody] = cloneBody(this);
    copy[kSignal] = followSignal(this[kSignal]);
    return copy;
  }

  [customInspect](depth, options, inspect) {
    const fields = {};
    for (const k of ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials',
      'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'signal']) {
      fields[k] = this[k];
    }
    return `Request ${inspect(fields, options)}`;
  }
}
mixin(Request);
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });

module.exports = { Request, kState, kHeaders, kSignal };
