// SPDX-License-Identifier: Apache-2.0
'use strict';
// fetch() over Bramble's own http/https client: the request's headers as undici sends them,
// redirects followed (or refused, or handed back) by the Fetch standard's rules, the response
// body as a byte ReadableStream fed from the socket with backpressure, data: URLs, AbortSignal.
// Network failures reject with TypeError('fetch failed') and the socket error as `cause`.

const { Buffer } = require('buffer');
const { Request, kState, kHeaders, kSignal } = require('internal/fetch/request');
const { networkResponse } = require('internal/fetch/response');
const { headerPairs } = require('internal/fetch/headers');
const { kBody } = require('internal/fetch/body');
const { kApi } = require('internal/net/socket');

const BAD_PORTS = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
  103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526,
  530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190,
  5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);
const REDIRECT = new Set([301, 302, 303, 307, 308]);
const NULL_BODY = new Set([101, 204, 205, 304]);
const DEFAULT_HEADERS = [['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'cors'], ['user-agent', 'node']];

let agents;
function agentFor(protocol) {
  if (!agents) {
    agents = {
      'http:': new (require('http').Agent)({ keepAlive: true }),
      'https:': new (require('https').Agent)({ keepAlive: true }),
    };
  }
  return agents[protocol];
}

function failed(cause) {
  return new TypeError('fetch failed', { cause });
}

function abortReason(signal) {
  if (signal.reason !== undefined) return signal.reason;
  return new DOMException('This operation was aborted', 'AbortError');
}

function dataResponse(url) {
  const href = url.href;
  const comma = href.indexOf(',');
  if (comma === -1) throw failed(new Error('invalid data: URL'));
  let meta = href.slice(5, comma).trim();
  const raw = href.slice(comma + 1);
  let bytes;
  if (/;\s*base64$/i.test(meta)) {
    meta = meta.replace(/;\s*base64$/i, '');
    bytes = Buffer.from(decodeURIComponent(raw), 'base64');
  } else {
    bytes = Buffer.from(decodeURIComponent(raw), 'latin1');
  }
  const type = meta === '' ? 'text/plain;charset=US-ASCII' : (meta.startsWith(';') ? `text/plain${meta}` : meta);
  return networkResponse({ status: 200, statusText: 'OK', headerPairs: [['content-type', type]], body: { bytes, type: null },
    urlList: [href] });
}

// The body of a response as a byte stream: pulled from the IncomingMessage, which pauses while the queue is full.
function responseBody(incoming, signal) {
  const { ReadableStream } = require('internal/webstreams/index');
  let ctrl;
  let done = false;
  const onAbort = () => {
    if (!done) ctrl.error(abortReason(signal));
    incoming.destroy();
  };
  const stream = new ReadableStream({
    type: 'bytes',
    start(controller) {
      ctrl = controller;
      incoming.on('data', (chunk) => {
        if (done) return;
        // A copy: the socket's bytes live in a Java buffer, which a byte stream cannot take over (transfer).
        controller.enqueue(new Uint8Array(chunk));
        if (controller.desiredSize <= 0) incoming.pause();
      });
      incoming.on('end', () => {
        if (done) return;
        done = true;
        signal.removeEventListener('abort', onAbort);
        const pending = controller.byobRequest;
        controller.close();
        if (pending) pending.respond(0);
      });
      incoming.on('error', (err) => {
        if (done) return;
        done = true;
        controller.error(signal.aborted ? abortReason(signal) : new TypeError('terminated', { cause: err }));
      });
      incoming.pause();
    },
    pull() {
      incoming.resume();
    },
    cancel() {
      done = true;
      signal.removeEventListener('abort', onAbort);
      incoming.destroy();
    },
  }, { highWaterMark: 65536 });
  signal.addEventListener('abort', onAbort, { once: true });
  return stream;
}

function send(url, method, pairs, body, signal) {
  return new Promise((resolve, reject) => {
    const mod = url.protocol === 'https:' ? require('https') : require('http');
    const headers = [['host', url.host], ...pairs];
    if (!pairs.some(([k]) => k.toLowerCase() === 'connection')) headers.splice(1, 0, ['connection', 'keep-alive']);
    const has = (name) => headers.some(([k]) => k.toLowerCase() === name);
    for (const pair of DEFAULT_HEADERS) if (!has(pair[0])) headers.push(pair);
    let bytes = null;
    if (body && !body.stream) {
      bytes = body.bytes;
      if (!has('content-length')) headers.push(['content-length', `${bytes.length}`]);
    } else if (!body && (method === 'POST' || method === 'PUT') && !has('content-length')) {
      headers.push(['content-length', '0']);
    }
    const options = {
      protocol: url.protocol,
      hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
      port: url.port || (url.protocol === 'https:' ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      method,
      headers,
      agent: agentFor(url.protocol),
      [kApi]: 'fetch()',
    };
    let settled = false;
    const onAbort = () => {
      if (settled) return;
      settled = true;
      req.destroy();
      reject(abortReason(signal));
    };
    const req = mod.request(options, (res) => {
      if (settled) {
        res.destroy();
        return;
      }
      settled = true;
      signal.removeEventListener('abort', onAbort);
      resolve(res);
    });
    req.on('error', (err) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      reject(err?.code === 'ERR_ACCESS_DENIED' ? err : failed(err));
    });
    signal.addEventListener('abort', onAbort, { once: true });
    if (bytes) {
      req.end(bytes);
    } else if (body?.stream) {
      pump(body.stream, req).catch((err) => req.destroy(err));
    } else {
      req.end();
    }
  });
}

async function pump(stream, req) {
  const reader = stream.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const chunk = typeof value === 'string' ? Buffer.from(value) : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
  }
  req.end();
}

function drop(incoming) {
  incoming.on('error', () => {});
  incoming.resume();
}

async function fetch(input, init = undefined) {
  const request = new Request(input, init);
  const signal = request[kSignal];
  if (signal.aborted) throw abortReason(signal);
  const state = request[kState];
  let method = state.method;
  let pairs = headerPairs(request[kHeaders]);
  let body = request[kBody];
  if (body?.stream && body.stream.locked) throw new TypeError('Body is unusable: Body has already been read');
  const urlList = [state.url];
  for (let redirects = 0; ; redirects++) {
    const url = new URL(urlList[urlList.length - 1]);
    if (url.protocol === 'data:') return dataResponse(url);
    if (url.protocol === 'file:') throw failed(new Error('not implemented... yet...'));
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw failed(new Error('unknown scheme'));
    const port = Number(url.port);
    if (url.port && BAD_PORTS.has(port)) throw failed(new Error('bad port'));
    const res = await send(url, method, pairs, body, signal);
    const status = res.statusCode;
    const location = res.headers.location;
    if (REDIRECT.has(status) && location !== undefined && state.redirect !== 'manual') {
      drop(res);
      if (state.redirect === 'error') throw failed(new Error('unexpected redirect'));
      if (redirects >= 20) throw failed(new Error('redirect count exceeded'));
      let next;
      try {
        next = new URL(location, url);
      } catch (cause) {
        throw failed(cause);
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') throw failed(new TypeError('URL scheme must be a HTTP(S) scheme'));
      if (body?.stream && status !== 303) throw failed(new TypeError('Cannot follow redirect with a streamed request body'));
      if (((status === 301 || status === 302) && method === 'POST') || (status === 303 && method !== 'GET' && method !== 'HEAD')) {
        method = 'GET';
        body = null;
        pairs = pairs.filter(([k]) => !/^content-(encoding|language|location|type|length)$/i.test(k));
      }
      if (next.origin !== url.origin) {
        pairs = pairs.filter(([k]) => !/^(authorization|proxy-authorization|cookie|host)$/i.test(k));
      }
      urlList.push(next.href);
      continue;
    }
    const headerList = [];
    for (let i = 0; i < res.rawHeaders.length; i += 2) headerList.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
    const noBody = method === 'HEAD' || method === 'CONNECT' || NULL_BODY.has(status);
    if (noBody) drop(res);
    return networkResponse({
      status,
      statusText: res.statusMessage || '',
      headerPairs: headerList,
      body: noBody ? null : { stream: responseBody(res, signal), type: null },
      urlList,
    });
  }
}

module.exports = { fetch };
