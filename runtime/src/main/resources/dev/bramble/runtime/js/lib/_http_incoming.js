// SPDX-License-Identifier: Apache-2.0
'use strict';
// http.IncomingMessage: a request (server side) or response (client side) as a Readable. Headers
// are kept raw and turned into `headers`/`headersDistinct` on first use with Node's rules for
// duplicates (set-cookie is a list, cookie joins with '; ', a few take the first, the rest ', ').

const { Readable, finished } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) streamOptions = { highWaterMark: socket.readableHighWaterMark };
  Readable.call(this, streamOptions);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  configurable: true,
  enumerable: true,
  get() { return this.socket; },
  set(val) { this.socket = val; },
});

function lazyTable(rawKey, cacheKey, countKey, distinct) {
  return {
    configurable: true,
    enumerable: true,
    get() {
      if (!this[cacheKey]) {
        this[cacheKey] = distinct ? { __proto__: null } : {};
        const src = this[rawKey];
        const dst = this[cacheKey];
        for (let n = 0; n < this[countKey]; n += 2) {
          if (distinct) this._addHeaderLineDistinct(src[n], src[n + 1], dst);
          else this._addHeaderLine(src[n], src[n + 1], dst);
        }
      }
      return this[cacheKey];
    },
    set(val) {
      this[cacheKey] = val;
    },
  };
}

Object.defineProperty(IncomingMessage.prototype, 'headers', lazyTable('rawHeaders', kHeaders, kHeadersCount, false));
Object.defineProperty(IncomingMessage.prototype, 'headersDistinct',
  lazyTable('rawHeaders', kHeadersDistinct, kHeadersCount, true));
Object.defineProperty(IncomingMessage.prototype, 'trailers', lazyTable('rawTrailers', kTrailers, kTrailersCount, false));
Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct',
  lazyTable('rawTrailers', kTrailersDistinct, kTrailersCount, true));

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this.socket.readable) readStart(this.socket);
};

function onError(self, error, cb) {
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const cleanup = finished(this.socket, (e) => {
      if (e?.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onError, this, e || err, cb);
    });
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers?.length) {
    let dest;
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      dest = this[kTrailers];
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      dest = this[kHeaders];
    }
    if (dest) {
      for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
    }
  }
};

// The lower-cased name and how a repeated field joins: 0 keep the first, 1 list (set-cookie),
// 2 join with '; ' (cookie), 3 join with ', '.
const FIRST_WINS = new Set([
  'content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization', 'proxy-authorization',
  'if-modified-since', 'if-unmodified-since', 'from', 'location', 'max-forwards', 'retry-after', 'etag',
  'last-modified', 'server', 'age', 'expires',
]);

function matchKnownFields(field, lowercased) {
  const lower = lowercased ? field : field.toLowerCase();
  if (lower === 'set-cookie') return [lower, 1];
  if (lower === 'cookie') return [lower, 2];
  if (FIRST_WINS.has(lower)) return [lower, 0];
  return [lower, 3];
}

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  const [name, flag] = matchKnownFields(field);
  if (flag === 1) {
    if (dest[name] !== undefined) dest[name].push(value);
    else dest[name] = [value];
  } else if (this.joinDuplicateHeaders) {
    if (dest[name] === undefined) dest[name] = value;
    else dest[name] += `, ${value}`;
  } else if (dest[name] === undefined) {
    dest[name] = value;
  } else if (flag === 2) {
    dest[name] += `; ${value}`;
  } else if (flag === 3) {
    dest[name] += `, ${value}`;
  }
};

IncomingMessage.prototype._addHeaderLineDistinct = function _addHeaderLineDistinct(field, value, dest) {
  const name = field.toLowerCase();
  if (!dest[name]) dest[name] = [value];
  else dest[name].push(value);
};

IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = { IncomingMessage, readStart, readStop };
