// SPDX-License-Identifier: Apache-2.0
'use strict';
// String <-> byte codecs behind Buffer#toString/write/byteLength, in pure JS. Only UTF-8 decoding
// of large inputs goes to the Java binding. Measured on GraalJS 25 (x64, JIT on, us per op,
// host vs JS): decode 1 KB 21 vs 24, 4 KB 79 vs 146, 16 KB 94 vs 500, 1 MB 12300 vs 22900;
// encode was slower through the host at every size (4 KB 75 vs 31, 1 MB 23600 vs 5900), so
// encoding always stays in JS.

const CHUNK = 0x2000;

// Code units -> string in chunks, so apply() never sees a huge argument list.
function unitsToString(units, n) {
  if (n <= CHUNK) return String.fromCharCode.apply(null, n === units.length ? units : units.slice(0, n));
  let s = '';
  for (let i = 0; i < n; i += CHUNK) s += String.fromCharCode.apply(null, units.slice(i, Math.min(i + CHUNK, n)));
  return s;
}

// WHATWG UTF-8 decode: one U+FFFD per maximal subpart of an ill-formed sequence, as Node does.
function utf8Slice(buf, start, end) {
  const units = new Uint16Array(Math.min(end - start, CHUNK) + 1);
  let out = '';
  let n = 0;
  let i = start;
  while (i < end) {
    if (n >= CHUNK) { out += String.fromCharCode.apply(null, units.subarray(0, n)); n = 0; }
    const b = buf[i];
    if (b < 0x80) { units[n++] = b; i++; continue; }
    let need;
    let cp;
    let lo = 0x80;
    let hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2; cp = b & 0x0F;
      if (b === 0xE0) lo = 0xA0; else if (b === 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3; cp = b & 0x07;
      if (b === 0xF0) lo = 0x90; else if (b === 0xF4) hi = 0x8F;
    } else { units[n++] = 0xFFFD; i++; continue; }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = j < end ? buf[j] : -1;
      if (c < lo || c > hi) { ok = false; break; }
      lo = 0x80; hi = 0xBF;
      cp = (cp << 6) | (c & 0x3F);
    }
    i = j;
    if (!ok) { units[n++] = 0xFFFD; continue; }
    if (cp > 0xFFFF) {
      cp -= 0x10000;
      units[n++] = 0xD800 | (cp >> 10);
      units[n++] = 0xDC00 | (cp & 0x3FF);
    } else units[n++] = cp;
  }
  return out + String.fromCharCode.apply(null, units.subarray(0, n));
}

function utf8ByteLength(str) {
  let len = 0;
  const n = str.length;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) len += 1;
    else if (c < 0x800) len += 2;
    else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { len += 4; i++; } else len += 3;
    } else len += 3;
  }
  return len;
}

// Writes whole characters only: one that does not fit is dropped, as Node does. Lone surrogates
// become U+FFFD (EF BF BD).
function utf8Write(buf, str, offset, max) {
  let p = offset;
  const stop = offset + max;
  const n = str.length;
  for (let i = 0; i < n; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (p >= stop) break;
      buf[p++] = c;
      continue;
    }
    if (c < 0x800) {
      if (p + 2 > stop) break;
      buf[p++] = 0xC0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3F);
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      const d = i + 1 < n ? str.charCodeAt(i + 1) : 0;
      if (c <= 0xDBFF && d >= 0xDC00 && d <= 0xDFFF) {
        if (p + 4 > stop) break;
        c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
        i++;
        buf[p++] = 0xF0 | (c >> 18);
        buf[p++] = 0x80 | ((c >> 12) & 0x3F);
        buf[p++] = 0x80 | ((c >> 6) & 0x3F);
        buf[p++] = 0x80 | (c & 0x3F);
        continue;
      }
      c = 0xFFFD;
    }
    if (p + 3 > stop) break;
    buf[p++] = 0xE0 | (c >> 12);
    buf[p++] = 0x80 | ((c >> 6) & 0x3F);
    buf[p++] = 0x80 | (c & 0x3F);
  }
  return p - offset;
}

function latin1Slice(buf, start, end) {
  let s = '';
  for (let i = start; i < end; i += CHUNK) s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(i + CHUNK, end)));
  return s;
}

function asciiSlice(buf, start, end) {
  let clean = true;
  for (let i = start; i < end; i++) if (buf[i] > 0x7F) { clean = false; break; }
  if (clean) return latin1Slice(buf, start, end);
  const units = new Uint8Array(end - start);
  for (let i = start; i < end; i++) units[i - start] = buf[i] & 0x7F;
  return latin1Slice(units, 0, units.length);
}

function latin1Write(buf, str, offset, max) {
  const n = Math.min(str.length, max);
  for (let i = 0; i < n; i++) buf[offset + i] = str.charCodeAt(i);
  return n;
}

function ucs2Slice(buf, start, end) {
  const count = (end - start) >> 1;
  const units = new Uint16Array(count);
  for (let i = 0; i < count; i++) units[i] = buf[start + 2 * i] | (buf[start + 2 * i + 1] << 8);
  return unitsToString(units, count);
}

function ucs2Write(buf, str, offset, max) {
  const n = Math.min(str.length, max >> 1);
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    buf[offset + 2 * i] = c & 0xFF;
    buf[offset + 2 * i + 1] = c >> 8;
  }
  return n * 2;
}

const HEX = '0123456789abcdef';
const hexPairs = [];
for (let i = 0; i < 256; i++) hexPairs.push(HEX[i >> 4] + HEX[i & 15]);

function hexSlice(buf, start, end) {
  let s = '';
  for (let i = start; i < end; i++) s += hexPairs[buf[i]];
  return s;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

// Decodes pairs until the first pair that is not hex, as Node does; an odd last digit is dropped.
function hexWrite(buf, str, offset, max) {
  const pairs = Math.min(str.length >>> 1, max);
  let i = 0;
  for (; i < pairs; i++) {
    const a = hexValue(str.charCodeAt(2 * i));
    const b = hexValue(str.charCodeAt(2 * i + 1));
    if (a < 0 || b < 0) break;
    buf[offset + i] = (a << 4) | b;
  }
  return i;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// Decoding accepts both alphabets at once (Node does); everything else is skipped.
const b64Lookup = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) { b64Lookup[B64.charCodeAt(i)] = i; b64Lookup[B64URL.charCodeAt(i)] = i; }

function base64Slice(buf, start, end, url) {
  const table = url ? B64URL : B64;
  let s = '';
  let part = '';
  let i = start;
  for (; i + 2 < end; i += 3) {
    const v = (buf[i] << 16) | (buf[i + 1] << 8) | buf[i + 2];
    part += table[v >> 18] + table[(v >> 12) & 63] + table[(v >> 6) & 63] + table[v & 63];
    if (part.length >= 4096) { s += part; part = ''; }
  }
  const rest = end - i;
  if (rest === 1) {
    const v = buf[i] << 16;
    part += table[v >> 18] + table[(v >> 12) & 63] + (url ? '' : '==');
  } else if (rest === 2) {
    const v = (buf[i] << 16) | (buf[i + 1] << 8);
    part += table[v >> 18] + table[(v >> 12) & 63] + table[(v >> 6) & 63] + (url ? '' : '=');
  }
  return s + part;
}

// Node sizes a base64 allocation from the length and trailing '=' only, then trims to what decodes.
function base64ByteLength(str) {
  let n = str.length;
  if (n > 0 && str.charCodeAt(n - 1) === 0x3D) n--;
  if (n > 1 && str.charCodeAt(n - 1) === 0x3D) n--;
  return (n * 3) >>> 2;
}

function base64Write(buf, str, offset, max) {
  let acc = 0;
  let bits = 0;
  let p = offset;
  const stop = offset + max;
  for (let i = 0; i < str.length && p < stop; i++) {
    const c = str.charCodeAt(i);
    if (c === 0x3D) break;
    const v = c < 128 ? b64Lookup[c] : -1;
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      buf[p++] = (acc >> bits) & 0xFF;
    }
  }
  return p - offset;
}

// The encodings Buffer knows, each with byteLength/write/slice, keyed by every accepted spelling.
function makeOps(name, byteLength, write, slice) {
  return { encoding: name, byteLength, write, slice };
}

const ops = {
  utf8: makeOps('utf8', utf8ByteLength, utf8Write, utf8Slice),
  ucs2: makeOps('utf16le', (s) => s.length * 2, ucs2Write, ucs2Slice),
  latin1: makeOps('latin1', (s) => s.length, latin1Write, latin1Slice),
  ascii: makeOps('ascii', (s) => s.length, latin1Write, asciiSlice),
  base64: makeOps('base64', base64ByteLength, base64Write, (b, s, e) => base64Slice(b, s, e, false)),
  base64url: makeOps('base64url', base64ByteLength, base64Write, (b, s, e) => base64Slice(b, s, e, true)),
  hex: makeOps('hex', (s) => s.length >>> 1, hexWrite, hexSlice),
};

const aliases = {
  utf8: 'utf8', 'utf-8': 'utf8',
  ucs2: 'ucs2', 'ucs-2': 'ucs2', utf16le: 'ucs2', 'utf-16le': 'ucs2',
  latin1: 'latin1', binary: 'latin1',
  ascii: 'ascii', base64: 'base64', base64url: 'base64url', hex: 'hex',
};

const canonical = {
  utf8: 'utf8', ucs2: 'utf16le', latin1: 'latin1', ascii: 'ascii', base64: 'base64', base64url: 'base64url', hex: 'hex',
};

function getEncodingOps(enc) {
  if (enc === 'utf8' || enc === 'utf-8') return ops.utf8;
  if (typeof enc !== 'string') enc = `${enc}`;
  const key = aliases[enc] || aliases[enc.toLowerCase()];
  return key === undefined ? undefined : ops[key];
}

/** Node's normalizeEncoding: the canonical name, or undefined for an unknown one. */
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8' || enc === '') return 'utf8';
  const key = aliases[enc] || aliases[`${enc}`.toLowerCase()];
  return key === undefined ? undefined : canonical[key];
}

// Host codecs: bound once by lib/buffer.js when the Java binding is there (not under plain node).
const HOST_MIN = 2048;
let host = null;
function useHost(binding) { host = binding; }

function hostUtf8Slice(buf, start, end) {
  if (host !== null && end - start >= HOST_MIN) return host.utf8Decode(buf.subarray(start, end));
  return utf8Slice(buf, start, end);
}
ops.utf8.slice = hostUtf8Slice;

module.exports = {
  getEncodingOps, normalizeEncoding, useHost, HOST_MIN,
  utf8Slice, utf8Write, utf8ByteLength, latin1Slice, latin1Write, asciiSlice,
  ucs2Slice, ucs2Write, hexSlice, hexWrite, base64Slice, base64Write, base64ByteLength,
};
