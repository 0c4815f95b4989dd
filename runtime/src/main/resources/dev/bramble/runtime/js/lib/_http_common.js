// SPDX-License-Identifier: Apache-2.0
'use strict';
// What the http server and client share: the parser (Java's HttpParser behind
// internalBinding('http_parser'), driven as Node drives llhttp), a pool of parsers, the methods
// list, header validation, and the callbacks that turn parser events into IncomingMessages.

const binding = internalBinding('http_parser');
const { Buffer } = require('buffer');
const { IncomingMessage, readStart, readStop } = require('_http_incoming');

const methods = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH', 'MERGE',
  'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH',
  'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK',
  'UNLOCK', 'UNSUBSCRIBE',
];

const kIncomingMessage = Symbol('IncomingMessage');
const kOnHeaders = 1;
const kOnHeadersComplete = 2;
const kOnBody = 3;
const kOnMessageComplete = 4;
const kOnExecute = 5;
const kOnTimeout = 6;

let maxHeaderSize = 16384;

class HTTPParser {
  static REQUEST = 1;
  static RESPONSE = 2;
  static kOnHeaders = kOnHeaders;
  static kOnHeadersComplete = kOnHeadersComplete;
  static kOnBody = kOnBody;
  static kOnMessageComplete = kOnMessageComplete;
  static kOnExecute = kOnExecute;
  static kOnTimeout = kOnTimeout;
  static kLenientNone = 0;
  static kLenientAll = 0xff;

  constructor() {
    this._java = null;
    this._type = 0;
    this._current = null;
    this.socket = null;
    this.incoming = null;
    this.outgoing = null;
    this.onIncoming = null;
    this.maxHeaderPairs = 2000;
    this.joinDuplicateHeaders = false;
    this._consumed = false;
    this._headers = [];
    this._url = '';
    // Message timing for headersTimeout/requestTimeout: when the current message began, and how far it got.
    this.messageStart = 0;
    this.headersDone = false;
    this.active = false;
  }

  initialize(type, resource, size, lenient) {
    const limit = size || maxHeaderSize;
    if (this._java === null || this._type !== type) {
      this._type = type;
      this._java = binding.create(type, limit, {
        onHeadersComplete: (major, minor, headers, method, url, status, reason, upgrade, keepAlive) => {
          this.headersDone = true;
          const list = headers === '' ? [] : headers.split('\0');
          return this[kOnHeadersComplete](major, minor, list, method, url, status, reason, upgrade, keepAlive) | 0;
        },
        onBody: (ab) => this[kOnBody](Buffer.from(new ArrayBuffer(ab))),
        onMessageComplete: (trailers) => {
          this.active = false;
          if (trailers) this._headers = trailers.split('\0');
          this[kOnMessageComplete]();
        },
      });
    } else {
      this._java.reset();
      this._java.setMaxHeaderSize(limit);
    }
    this.active = false;
    this.headersDone = false;
  }

  execute(data) {
    if (!this.active) {
      this.active = true;
      this.headersDone = false;
      this.messageStart = Date.now();
    }
    this._current = data;
    const n = this._java.execute(data);
    this._current = null;
    if (n === -1) return this._error();
    return n;
  }

  finish() {
    if (this._java.finish() === -1) return this._error();
    return undefined;
  }

  _error() {
    const reason = this._java.errorReason();
    const err = new Error(`Parse Error: ${reason}`);
    err.bytesParsed = this._java.errorPos();
    err.code = this._java.errorCode();
    err.reason = reason;
    return err;
  }

  getCurrentBuffer() {
    return this._current;
  }

  close() {}

  free() {}

  remove() {}

  pause() {}

  resume() {}

  consume() {}

  unconsume() {}
}

// Reused parsers (Node keeps up to 1000 idle ones).
class FreeList {
  constructor(name, max, ctor) {
    this.name = name;
    this.ctor = ctor;
    this.max = max;
    this.list = [];
  }

  alloc() {
    return this.list.length > 0 ? this.list.pop() : Reflect.apply(this.ctor, this, arguments);
  }

  free(obj) {
    if (this.list.length < this.max) {
      this.list.push(obj);
      return true;
    }
    return false;
  }
}

const parsers = new FreeList('parsers', 1000, function parsersCb() {
  const parser = new HTTPParser();
  cleanParser(parser);
  parser[kOnHeaders] = parserOnHeaders;
  parser[kOnHeadersComplete] = parserOnHeadersComplete;
  parser[kOnBody] = parserOnBody;
  parser[kOnMessageComplete] = parserOnMessageComplete;
  return parser;
});

function parserOnHeaders(headers, url) {
  this._headers.push(...headers);
  this._url += url;
}

function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url, statusCode, statusMessage,
  upgrade, shouldKeepAlive) {
  const parser = this;
  const { socket } = parser;
  const ParserIncomingMessage = socket?.server?.[kIncomingMessage] || IncomingMessage;
  const incoming = parser.incoming = new ParserIncomingMessage(socket);
  incoming.httpVersionMajor = versionMajor;
  incoming.httpVersionMinor = versionMinor;
  incoming.httpVersion = `${versionMajor}.${versionMinor}`;
  incoming.joinDuplicateHeaders = socket?.server?.joinDuplicateHeaders || parser.joinDuplicateHeaders;
  incoming.url = url || '';
  incoming.upgrade = upgrade;
  let n = headers.length;
  if (parser.maxHeaderPairs > 0) n = Math.min(n, parser.maxHeaderPairs);
  incoming._addHeaderLines(headers, n);
  if (typeof method === 'string') {
    incoming.method = method;
  } else {
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  return parser.onIncoming(incoming, shouldKeepAlive);
}

function parserOnBody(b) {
  const stream = this.incoming;
  if (stream === null || stream === undefined) return;
  if (!stream._dumped) {
    if (!stream.push(b)) readStop(this.socket);
  }
}

function parserOnMessageComplete() {
  const parser = this;
  const stream = parser.incoming;
  if (stream !== null && stream !== undefined) {
    stream.complete = true;
    const headers = parser._headers;
    if (headers.length) {
      stream._addHeaderLines(headers, headers.length);
      parser._headers = [];
      parser._url = '';
    }
    stream.push(null);
  }
  readStart(parser.socket);
}

function cleanParser(parser) {
  parser._headers = [];
  parser._url = '';
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.maxHeaderPairs = 2000;
  parser[kOnExecute] = null;
  parser[kOnTimeout] = null;
  parser._consumed = false;
  parser.onIncoming = null;
  parser.joinDuplicateHeaders = null;
}

function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) parser.unconsume();
    cleanParser(parser);
    parser.remove();
    if (parsers.free(parser) === false) setImmediate(() => parser.close());
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer();
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(val) {
  return tokenRegExp.test(val);
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

function isLenient() {
  return false;
}

function setMaxHeaderSize(n) {
  maxHeaderSize = n;
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  freeParser,
  methods,
  parsers,
  kIncomingMessage,
  HTTPParser,
  isLenient,
  prepareError,
  setMaxHeaderSize,
  kOnExecute,
  kOnTimeout,
};
