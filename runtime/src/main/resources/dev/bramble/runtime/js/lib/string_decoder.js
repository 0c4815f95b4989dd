// SPDX-License-Identifier: Apache-2.0
'use strict';
// StringDecoder: decodes a byte stream chunk by chunk without splitting characters. The held-back
// state (lastChar/lastNeed/lastTotal) follows Node's model, so chunk boundaries give the same
// strings as Node, including its handling of bad continuation bytes and split surrogate pairs.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING, ERR_INVALID_THIS } } = require('internal/errors');
const { getEncodingOps, normalizeEncoding } = require('internal/buffer/codecs');

const kState = Symbol('kState');

function bytesOf(buf) {
  if (!ArrayBuffer.isView(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function decode(enc, bytes, start, end) {
  return start >= end ? '' : getEncodingOps(enc).slice(bytes, start, end);
}

// What a UTF-8 byte announces: 0 ASCII, 2-4 a lead byte, -1 a continuation byte, -2 invalid.
function leadKind(b) {
  if (b <= 0x7F) return 0;
  if (b >> 5 === 0x06) return 2;
  if (b >> 4 === 0x0E) return 3;
  if (b >> 3 === 0x1E) return 4;
  return b >> 6 === 0x02 ? -1 : -2;
}

// Looks at the last three bytes for a character that is not complete yet; sets st.need.
function utf8Incomplete(st, buf, i) {
  for (let back = 1; back <= 3; back++) {
    const j = buf.length - back;
    if (j < i) return 0;
    let nb = leadKind(buf[j]);
    if (nb >= 0) {
      if (nb > 0) {
        if (nb <= back) nb = 0;
        else st.need = nb - back;
      }
      return nb;
    }
    if (nb === -2) return 0;
  }
  return 0;
}

function holdTail(st, buf, from) {
  st.last.fill(0);
  st.last.set(buf.subarray(from), 0);
}

function textAfter(st, buf, i) {
  const len = buf.length;
  switch (st.enc) {
    case 'utf8': {
      const total = utf8Incomplete(st, buf, i);
      if (!st.need) return decode('utf8', buf, i, len);
      st.total = total;
      const end = len - (total - st.need);
      holdTail(st, buf, end);
      return decode('utf8', buf, i, end);
    }
    case 'utf16le': {
      if ((len - i) % 2 === 0) {
        const r = decode('utf16le', buf, i, len);
        const c = r.length ? r.charCodeAt(r.length - 1) : 0;
        if (c >= 0xD800 && c <= 0xDBFF) {
          st.need = 2;
          st.total = 4;
          holdTail(st, buf, len - 2);
          return r.slice(0, -1);
        }
        return r;
      }
      st.need = 1;
      st.total = 2;
      holdTail(st, buf, len - 1);
      return decode('utf16le', buf, i, len - 1);
    }
    case 'base64':
    case 'base64url': {
      const n = (len - i) % 3;
      if (n === 0) return decode(st.enc, buf, i, len);
      st.need = 3 - n;
      st.total = 3;
      holdTail(st, buf, len - n);
      return decode(st.enc, buf, i, len - n);
    }
    default:
      return decode(st.enc, buf, i, len);
  }
}

// Completes a held character from the head of `buf`; returns undefined while still incomplete.
function fillLast(st, buf) {
  const have = st.total - st.need;
  if (st.enc === 'utf8') {
    for (let k = 0; k < Math.min(st.need, 3, buf.length); k++) {
      if ((buf[k] & 0xC0) !== 0x80) {
        st.need = k;
        return '\ufffd';
      }
    }
  }
  if (st.need <= buf.length) {
    st.last.set(buf.subarray(0, st.need), have);
    return decode(st.enc, st.last, 0, st.total);
  }
  st.last.set(buf, have);
  st.need -= buf.length;
  return undefined;
}

function StringDecoder(encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = enc;
  this[kState] = { enc, last: new Uint8Array(4), need: 0, total: 0 };
}

function state(self) {
  const st = self[kState];
  if (st === undefined) throw new ERR_INVALID_THIS('StringDecoder');
  return st;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  const st = state(this);
  const bytes = bytesOf(buf);
  if (bytes.length === 0) return '';
  let i = 0;
  let r = '';
  if (st.need) {
    r = fillLast(st, bytes);
    if (r === undefined) return '';
    i = st.need;
    st.need = 0;
  }
  return i < bytes.length ? r + textAfter(st, bytes, i) : r;
};

StringDecoder.prototype.end = function end(buf) {
  const st = state(this);
  let r = buf !== undefined && (typeof buf === 'string' || bytesOf(buf).length) ? this.write(buf) : '';
  if (st.need) {
    if (st.enc === 'utf8') r += decode('utf8', st.last, 0, st.total - st.need);
    else if (st.enc === 'utf16le') r += decode('utf16le', st.last, 0, st.total - st.need);
    else if (st.enc === 'base64' || st.enc === 'base64url') r += decode(st.enc, st.last, 0, 3 - st.need);
  }
  st.need = 0;
  st.total = 0;
  return r;
};

StringDecoder.prototype.text = function text(buf, offset) {
  const st = state(this);
  st.need = 0;
  st.total = 0;
  return this.write(bytesOf(buf).subarray(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true, enumerable: true,
    get() {
      const copy = state(this).last.slice();
      return typeof Buffer === 'function' ? Buffer.from(copy.buffer) : copy;
    },
  },
  lastNeed: { configurable: true, enumerable: true, get() { return state(this).need; } },
  lastTotal: { configurable: true, enumerable: true, get() { return state(this).total; } },
});

module.exports = { StringDecoder };
