// SPDX-License-Identifier: Apache-2.0
'use strict';
// The rest of the buffer module: Blob, File, atob/btoa, isUtf8/isAscii and transcode.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_INVALID_STATE, ERR_INVALID_THIS },
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView, isTypedArray, isUint8Array } = require('internal/buffer/validate');
const codecs = require('internal/buffer/codecs');
const { DOMException } = require('internal/web/dom_exception');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

function viewBytes(v) {
  if (isAnyArrayBuffer(v)) return new Uint8Array(v);
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function isDetached(v) {
  const ab = isAnyArrayBuffer(v) ? v : v.buffer;
  return ab.detached === true;
}

function checkValidatable(input) {
  if (!(isTypedArray(input) || isAnyArrayBuffer(input))) {
    throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  if (isDetached(input)) throw new ERR_INVALID_STATE('Cannot validate on a detached buffer');
  return viewBytes(input);
}

function isAscii(input) {
  const b = checkValidatable(input);
  for (let i = 0; i < b.length; i++) if (b[i] > 0x7F) return false;
  return true;
}

// Strict UTF-8 validation with the same boundaries as the decoder (no overlongs, surrogates, > U+10FFFF).
function isUtf8(input) {
  const b = checkValidatable(input);
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    let need;
    let lo = 0x80;
    let hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; if (c === 0xE0) lo = 0xA0; else if (c === 0xED) hi = 0x9F; } else if (c >= 0xF0 && c <= 0xF4) { need = 3; if (c === 0xF0) lo = 0x90; else if (c === 0xF4) hi = 0x8F; } else return false;
    for (let k = 1; k <= need; k++) {
      const d = i + k < n ? b[i + k] : -1;
      if (d < lo || d > hi) return false;
      lo = 0x80; hi = 0xBF;
    }
    i += need + 1;
  }
  return true;
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xFF) throw new DOMException('Invalid character', 'InvalidCharacterError');
  }
  const bytes = new Uint8Array(input.length);
  codecs.latin1Write(bytes, input, 0, input.length);
  return codecs.base64Slice(bytes, 0, bytes.length, false);
}

const B64_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// WHATWG forgiving-base64 decode.
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let significant = 0;
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\f' || ch === '\r') continue;
    if (ch === '=') {
      equals++;
      significant++;
      if (equals > 2) throw new DOMException('Invalid character', 'InvalidCharacterError');
    } else if (B64_CHARS.includes(ch)) {
      if (equals) throw new DOMException('Invalid character', 'InvalidCharacterError');
      significant++;
    } else throw new DOMException('Invalid character', 'InvalidCharacterError');
  }
  let rest = significant % 4;
  if (!rest) rest = (significant - equals) % 4;
  else if (equals) throw new DOMException('Invalid character', 'InvalidCharacterError');
  if (rest === 1) {
    throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  const out = new Uint8Array(codecs.base64ByteLength(input) + 3);
  const n = codecs.base64Write(out, input, 0, out.length);
  return codecs.latin1Slice(out, 0, n);
}

// --- transcode ---------------------------------------------------------------------------------

function transcode(Buffer, source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = codecs.normalizeEncoding(fromEncoding);
  const to = codecs.normalizeEncoding(toEncoding);
  const supported = ['utf8', 'utf16le', 'latin1', 'ascii'];
  if (!supported.includes(from) || !supported.includes(to)) {
    const err = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let text = codecs.getEncodingOps(from).slice(source, 0, from === 'utf16le' ? source.length & ~1 : source.length);
  if (to === 'latin1' || to === 'ascii') {
    const limit = to === 'latin1' ? 0xFF : 0x7F;
    let out = '';
    for (const ch of text) out += ch.codePointAt(0) > limit ? '?' : ch;
    text = out;
  }
  return Buffer.from(text, to);
}

// --- Blob / File -------------------------------------------------------------------------------

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');

function blobBytes(source, endings) {
  if (isAnyArrayBuffer(source) || isArrayBufferView(source)) return viewBytes(source).slice();
  if (source instanceof Blob) return source[kBytes];
  let s = `${source}`;
  if (endings === 'native') s = s.replace(/\r?\n/g, '\n');
  const b = new Uint8Array(codecs.utf8ByteLength(s));
  codecs.utf8Write(b, s, 0, b.length);
  return b;
}

function normalizeType(type) {
  type = `${type}`;
  return /^[\x20-\x7E]*$/.test(type) ? type.toLowerCase() : '';
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { endings = 'transparent', type = '' } = options || {};
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings, "must be one of: 'transparent', 'native'");
    }
    const parts = [];
    let length = 0;
    for (const s of sources) {
      const b = blobBytes(s, endings);
      parts.push(b);
      length += b.length;
    }
    const bytes = new Uint8Array(length);
    let pos = 0;
    for (const p of parts) { bytes.set(p, pos); pos += p.length; }
    this[kBytes] = bytes;
    this[kType] = normalizeType(type);
  }

  get size() { checkBlob(this); return this[kBytes].length; }
  get type() { checkBlob(this); return this[kType]; }

  slice(start = 0, end = this.size, contentType = '') {
    checkBlob(this);
    const size = this[kBytes].length;
    const rel = (v) => (v < 0 ? Math.max(size + v, 0) : Math.min(v, size));
    const s = rel(Math.trunc(+start) || 0);
    const e = rel(Math.trunc(+end) || 0);
    const out = new Blob();
    out[kBytes] = this[kBytes].slice(s, Math.max(s, e));
    out[kType] = normalizeType(contentType);
    return out;
  }

  // Through arrayBuffer(), so the promise settles one tick later, as Node's does.
  text() {
    if (!(this instanceof Blob)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return this.arrayBuffer().then((ab) => codecs.utf8Slice(new Uint8Array(ab), 0, ab.byteLength));
  }

  arrayBuffer() {
    if (!(this instanceof Blob)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const copy = this[kBytes].slice();
    return Promise.resolve(copy.buffer);
  }

  stream() {
    checkBlob(this);
    if (typeof globalThis.ReadableStream !== 'function') {
      throw new ERR_INVALID_STATE('Blob.stream() needs ReadableStream, which this runtime does not have yet');
    }
    const bytes = this[kBytes];
    return new globalThis.ReadableStream({
      pull(controller) {
        controller.enqueue(bytes.slice());
        controller.close();
      },
    });
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const fmt = inspect || require('internal/util/inspect').inspect;
    return `Blob ${fmt({ size: this.size, type: this.type }, { ...options, depth: options && options.depth == null ? null : (options ? options.depth - 1 : 1) })}`;
  }
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });

function checkBlob(self) {
  if (!(self instanceof Blob)) throw new ERR_INVALID_THIS('Blob');
}

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    const { lastModified } = options || {};
    this.#name = `${fileName}`;
    this.#lastModified = lastModified !== undefined ? Math.trunc(Number(lastModified)) || 0 : Date.now();
  }

  get name() { return this.#name; }
  get lastModified() { return this.#lastModified; }

  [customInspect](depth, options, inspect) {
    const fmt = inspect || require('internal/util/inspect').inspect;
    return `File ${fmt({ size: this.size, type: this.type, name: this.#name, lastModified: this.#lastModified }, options)}`;
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

function resolveObjectURL(url) {
  url = `${url}`;
  return undefined;
}

module.exports = { Blob, File, resolveObjectURL, atob, btoa, isUtf8, isAscii, transcode, kBlobBytes: kBytes };
