// SPDX-License-Identifier: Apache-2.0
'use strict';
// WHATWG TextEncoder / TextDecoder for utf-8, utf-16le and windows-1252 (latin1 labels).

const {
  codes: { ERR_ENCODING_NOT_SUPPORTED, ERR_ENCODING_INVALID_ENCODED_DATA, ERR_INVALID_THIS },
} = require('internal/errors');
const { isAnyArrayBuffer, validateObject, validateString } = require('internal/buffer/validate');
const codecs = require('internal/buffer/codecs');
const { incompleteTail } = require('internal/buffer/utf8_tail');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

const labels = new Map();
for (const l of ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']) labels.set(l, 'utf-8');
for (const l of ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']) labels.set(l, 'utf-16le');
for (const l of ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100',
  'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']) {
  labels.set(l, 'windows-1252');
}

function getEncodingFromLabel(label) {
  return labels.get(`${label}`.trim().toLowerCase());
}

// windows-1252's 0x80-0x9F (undefined slots stay C1 controls). Node 20 applies it only to
// streaming decodes of these labels; a one-shot decode is plain latin1 there, and so here.
const cp1252 = [0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
  0x0153, 0x9D, 0x017E, 0x0178];

function bytesOfInput(input) {
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  // Node 20 reports this from its binding, with this exact text.
  const err = new TypeError('The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

// True when the bytes hold an ill-formed UTF-8 sequence (used by fatal mode).
function hasInvalidUtf8(bytes, start, end) {
  const s = codecs.utf8Slice(bytes, start, end);
  if (!s.includes('\ufffd')) return false;
  // A real U+FFFD in the input is fine: compare with a re-encoding.
  const back = new Uint8Array(codecs.utf8ByteLength(s));
  codecs.utf8Write(back, s, 0, back.length);
  if (back.length !== end - start) return true;
  for (let i = 0; i < back.length; i++) if (back[i] !== bytes[start + i]) return true;
  return false;
}

class TextEncoder {
  get encoding() {
    checkEncoder(this);
    return 'utf-8';
  }

  encode(input = '') {
    checkEncoder(this);
    const s = `${input}`;
    const out = new Uint8Array(codecs.utf8ByteLength(s));
    codecs.utf8Write(out, s, 0, out.length);
    return out;
  }

  encodeInto(src, dest) {
    checkEncoder(this);
    validateString(src, 'src');
    if (!(dest instanceof Uint8Array)) throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('dest', 'Uint8Array', dest);
    const written = codecs.utf8Write(dest, src, 0, dest.length);
    // `read` counts UTF-16 code units of the characters that fit.
    let read = 0;
    let bytes = 0;
    while (read < src.length) {
      const c = src.codePointAt(read);
      const isPair = c > 0xFFFF;
      const n = c < 0x80 ? 1 : c < 0x800 ? 2 : isPair ? 4 : 3;
      if (bytes + n > written) break;
      bytes += n;
      read += isPair ? 2 : 1;
    }
    return { read, written };
  }

  [customInspect](depth, opts, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const fmt = inspect || require('internal/util/inspect').inspect;
    return fmt({ encoding: 'utf-8' }, opts);
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

function checkEncoder(self) {
  if (!(self instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
}

const kState = Symbol('kState');

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    this[kState] = {
      encoding: enc,
      fatal: Boolean(options && options.fatal),
      ignoreBOM: Boolean(options && options.ignoreBOM),
      pending: new Uint8Array(0),
      bomSeen: false,
    };
  }

  get encoding() { return state(this).encoding; }
  get fatal() { return state(this).fatal; }
  get ignoreBOM() { return state(this).ignoreBOM; }

  decode(input = new Uint8Array(0), options = {}) {
    const st = state(this);
    let bytes = bytesOfInput(input);
    validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    const stream = Boolean(options && options.stream);
    if (st.pending.length > 0) {
      const joined = new Uint8Array(st.pending.length + bytes.length);
      joined.set(st.pending, 0);
      joined.set(bytes, st.pending.length);
      bytes = joined;
      st.pending = new Uint8Array(0);
    }
    let end = bytes.length;
    if (stream) {
      let hold = 0;
      if (st.encoding === 'utf-8') hold = incompleteTail(bytes, 0, end);
      else if (st.encoding === 'utf-16le') {
        hold = end % 2;
        const hi = bytes[end - hold - 1];
        if (end - hold >= 2 && hi >= 0xD8 && hi <= 0xDB) hold += 2; // a high surrogate waits for its pair
      }
      end -= hold;
      st.pending = bytes.slice(end);
    }
    let out;
    if (st.encoding === 'utf-8') {
      if (st.fatal && (hasInvalidUtf8(bytes, 0, end) || (!stream && incompleteTail(bytes, 0, end) > 0))) {
        st.bomSeen = false;
        throw new ERR_ENCODING_INVALID_ENCODED_DATA('utf-8');
      }
      out = codecs.utf8Slice(bytes, 0, end);
    } else if (st.encoding === 'utf-16le') {
      if (st.fatal && !stream && end % 2 === 1) throw new ERR_ENCODING_INVALID_ENCODED_DATA('utf-16le');
      out = codecs.ucs2Slice(bytes, 0, end & ~1);
      if (!stream && end % 2 === 1) out += '\ufffd';
      out = out.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, () => {
        if (st.fatal) throw new ERR_ENCODING_INVALID_ENCODED_DATA('utf-16le');
        return '\ufffd';
      });
    } else {
      let s = '';
      for (let i = 0; i < end; i++) {
        const b = bytes[i];
        s += String.fromCharCode(stream && b >= 0x80 && b <= 0x9F ? cp1252[b - 0x80] : b);
      }
      out = s;
    }
    if (!st.bomSeen && out.length > 0) {
      if (!st.ignoreBOM && st.encoding !== 'windows-1252' && out.charCodeAt(0) === 0xFEFF) out = out.slice(1);
      st.bomSeen = true;
    }
    if (!stream) {
      st.bomSeen = false;
      st.pending = new Uint8Array(0);
    }
    return out;
  }

  [customInspect](depth, opts, inspect) {
    const st = state(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const fmt = inspect || require('internal/util/inspect').inspect;
    return `TextDecoder ${fmt({ encoding: st.encoding, fatal: st.fatal, ignoreBOM: st.ignoreBOM }, opts)}`;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });
for (const name of ['encoding', 'fatal', 'ignoreBOM', 'decode']) {
  Object.defineProperty(TextDecoder.prototype, name, { ...Object.getOwnPropertyDescriptor(TextDecoder.prototype, name), enumerable: true });
}
for (const name of ['encoding', 'encode', 'encodeInto']) {
  Object.defineProperty(TextEncoder.prototype, name, { ...Object.getOwnPropertyDescriptor(TextEncoder.prototype, name), enumerable: true });
}

function state(self) {
  const st = self && self[kState];
  if (st === undefined) throw new ERR_INVALID_THIS('TextDecoder');
  return st;
}

module.exports = { TextEncoder, TextDecoder, getEncodingFromLabel };
