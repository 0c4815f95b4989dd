// SPDX-License-Identifier: Apache-2.0
'use strict';
// querystring: Node's legacy form encoding. escape() leaves A-Z a-z 0-9 - . _ ~ ! ' ( ) * alone,
// unescape() falls back to a byte-level decoder when decodeURIComponent would throw.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_URI } } = require('internal/errors');

const HEX = '0123456789ABCDEF';
const hexTable = Array.from({ length: 256 }, (_, i) => `%${HEX[i >> 4]}${HEX[i & 15]}`);
const unreserved = new Int8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") unreserved[c.charCodeAt(0)] = 1;

// Percent-encodes a string as UTF-8, leaving `noEscape` ASCII characters as they are.
function encodeStr(str, noEscape) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (noEscape[c] === 1) continue;
      out += str.slice(last, i) + hexTable[c];
      last = i + 1;
      continue;
    }
    out += str.slice(last, i);
    if (c < 0x800) out += hexTable[0xC0 | (c >> 6)] + hexTable[0x80 | (c & 0x3F)];
    else if (c < 0xD800 || c >= 0xE000) {
      out += hexTable[0xE0 | (c >> 12)] + hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
    } else {
      const d = i + 1 < str.length ? str.charCodeAt(i + 1) : 0;
      if (c > 0xDBFF || d < 0xDC00 || d > 0xDFFF) throw new ERR_INVALID_URI();
      i++;
      c = 0x10000 + (((c & 0x3FF) << 10) | (d & 0x3FF));
      out += hexTable[0xF0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3F)] +
        hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return last < str.length ? out + str.slice(last) : out;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, unreserved);
}

function hexVal(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function unescapeBuffer(s, decodeSpaces) {
  const out = Buffer.allocUnsafe(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) { out[n++] = 32; continue; }
    if (c === 37 && i + 2 < s.length) {
      const a = hexVal(s.charCodeAt(i + 1));
      const b = hexVal(s.charCodeAt(i + 2));
      if (a >= 0 && b >= 0) {
        out[n++] = (a << 4) | b;
        i += 2;
        continue;
      }
    }
    out[n++] = c;
  }
  return out.subarray(0, n);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = qsEscape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = (v) => encode(stringifyPrimitive(v));
  if (obj === null || typeof obj !== 'object') return '';
  let fields = '';
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = convert(k) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < v.length; j++) {
        if (j) fields += sep;
        fields += ks + convert(v[j]);
      }
    } else {
      if (fields) fields += sep;
      fields += ks + convert(v);
    }
  }
  return fields;
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  let decode = qsUnescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const decodePart = (s) => {
    if (s.length === 0) return s;
    if (s.includes('+')) s = s.replace(/\+/g, '%20');
    if (!s.includes('%') && decode === qsUnescape) return s;
    try {
      return decode(s);
    } catch {
      return qsUnescape(s, true);
    }
  };
  let pairs = maxKeys > 0 ? maxKeys : -1;
  let start = 0;
  while (start <= qs.length && pairs !== 0) {
    let end = qs.indexOf(sep, start);
    if (end === -1) end = qs.length;
    const chunk = qs.slice(start, end);
    start = end + sep.length;
    if (chunk.length === 0) {
      pairs--; // Node counts empty pieces against maxKeys too
      if (end === qs.length) break;
      continue;
    }
    const at = chunk.indexOf(eq);
    const key = decodePart(at === -1 ? chunk : chunk.slice(0, at));
    const value = at === -1 ? '' : decodePart(chunk.slice(at + eq.length));
    const prev = obj[key];
    if (prev === undefined) obj[key] = value;
    else if (typeof prev === 'string') obj[key] = [prev, value];
    else prev.push(value);
    pairs--;
    if (end === qs.length) break;
  }
  return obj;
}

module.exports = {
  unescapeBuffer, unescape: qsUnescape, escape: qsEscape, stringify, encode: stringify, parse, decode: parse,
};
