// SPDX-License-Identifier: Apache-2.0
'use strict';
// The Fetch standard's Response, with Node 20's (undici's) checks and messages.

const { Headers, setGuard } = require('internal/fetch/headers');
const { kBody, extractBody, mixin, cloneBody, isUsed } = require('internal/fetch/body');
const { webidlObject } = require('internal/fetch/util');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kState = Symbol('state');
const kHeaders = Symbol('headers');
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function initResponse(self, init, body) {
  const status = init.status !== undefined ? Number(init.status) : 200;
  if (status < 200 || status > 599 || !Number.isInteger(status)) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  const statusText = init.statusText !== undefined ? `${init.statusText}` : '';
  if (!/^[\t\x20-\x7e\x80-\xff]*$/.test(statusText)) throw new TypeError('Invalid statusText');
  self[kState] = { status, statusText, type: 'default', urlList: [], redirected: false };
  self[kHeaders] = setGuard(new Headers(init.headers), 'response');
  if (body !== null) {
    if (NULL_BODY.has(status)) throw new TypeError(`Response constructor: Invalid response status code ${status}`);
    if (body.type && !self[kHeaders].has('content-type')) self[kHeaders].append('content-type', body.type);
  }
  self[kBody] = body;
}

class Response {
  constructor(body = null, init = {}) {
    webidlObject(init, 'Response constructor', 'init');
    initResponse(this, init ?? {}, extractBody(body));
  }

  static error() {
    const r = new Response(null, {});
    r[kState].type = 'error';
    r[kState].status = 0;
    setGuard(r[kHeaders], 'immutable');
    return r;
  }

  static redirect(url, status = 302) {
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (cause) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause });
    }
    if (!REDIRECTS.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = new Response(null, {});
    r[kState].status = status;
    r[kHeaders].set('location', parsed.href);
    setGuard(r[kHeaders], 'immutable');
    return r;
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const r = new Response(text, init);
    if (!init?.headers || !new Headers(init.headers).has('content-type')) r[kHeaders].set('content-type', 'application/json');
    return r;
  }

  get type() { return this[kState].type; }

  get url() {
    const list = this[kState].urlList;
    if (list.length === 0) return '';
    const u = new URL(list[list.length - 1]);
    u.hash = '';
    return u.href;
  }

  get redirected() { return this[kState].urlList.length > 1; }

  get status() { return this[kState].status; }

  get ok() { return this[kState].status >= 200 && this[kState].status <= 299; }

  get statusText() { return this[kState].statusText; }

  get headers() { return this[kHeaders]; }

  clone() {
    if (isUsed(this) || this[kBody]?.stream?.locked) throw new TypeError('Response.clone: Body has already been consumed.');
    const copy = Object.create(Response.prototype);
    copy[kState] = { ...this[kState], urlList: this[kState].urlList.slice() };
    copy[kHeaders] = setGuard(new Headers(this[kHeaders]), 'response');
    copy[kBody] = cloneBody(this);
    return copy;
  }

  [customInspect](depth, options, inspect) {
    const fields = {};
    for (const k of ['status', 'statusText', 'headers', 'body', 'bodyUsed', 'ok', 'redirected', 'type', 'url']) fields[k] = this[k];
    return `Response ${inspect(fields, options)}`;
  }
}
mixin(Response);
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });

// A response fetch() made: status, headers and body straight from the network.
function networkResponse({ status, statusText, headerPairs, body, urlList }) {
  const r = Object.create(Response.prototype);
  r[kState] = { status, statusText, type: 'basic', urlList };
  const headers = new Headers();
  for (const [k, v] of headerPairs) headers.append(k, v);
  r[kHeaders] = setGuard(headers, 'immutable');
  r[kBody] = body;
  return r;
}

module.exports = { Response, networkResponse, kState, kHeaders };
