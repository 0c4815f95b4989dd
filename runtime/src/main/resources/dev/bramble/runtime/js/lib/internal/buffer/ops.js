// SPDX-License-Identifier: Apache-2.0
'use strict';
// Buffer comparison, copying and searching, with Node 20's argument handling.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const { isUint8Array, isArrayBufferView } = require('internal/buffer/validate');
const { getEncodingOps } = require('internal/buffer/codecs');

const kMaxLength = 2 ** 32;

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function compareRange(a, aStart, aEnd, b, bStart, bEnd) {
  const n = Math.min(aEnd - aStart, bEnd - bStart);
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  const la = aEnd - aStart;
  const lb = bEnd - bStart;
  return la < lb ? -1 : la > lb ? 1 : 0;
}

function compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd) {
  if (sourceStart > source.length) throw new ERR_OUT_OF_RANGE('sourceStart', `<= ${source.length}`, sourceStart);
  if (targetStart > target.length) throw new ERR_OUT_OF_RANGE('targetStart', `<= ${target.length}`, targetStart);
  const toCmp = Math.min(sourceEnd - sourceStart, targetEnd - targetStart, source.length - sourceStart);
  for (let i = 0; i < toCmp; i++) {
    const x = source[sourceStart + i];
    const y = target[targetStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  const ls = sourceEnd - sourceStart;
  const lt = targetEnd - targetStart;
  return ls > lt ? 1 : ls < lt ? -1 : 0;
}

function toInteger(n, dflt) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) return n % 1 === 0 ? n : Math.floor(n);
  return dflt;
}

function bytesOf(view) {
  return isUint8Array(view) ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) sourceEnd = sourceStart + target.byteLength - targetStart;
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  const src = bytesOf(source);
  bytesOf(target).set(sourceStart !== 0 || nb < src.length ? src.subarray(sourceStart, sourceStart + nb) : src, targetStart);
  return nb;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isArrayBufferView(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) targetStart = 0;
  else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) sourceStart = 0;
  else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.byteLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) sourceEnd = source.byteLength;
  else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

// Where a search starts, given Node's rules for negative and out-of-range offsets.
function startOffset(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function matchAt(hay, needle, pos) {
  for (let j = 0; j < needle.length; j++) if (hay[pos + j] !== needle[j]) return false;
  return true;
}

function searchBytes(hay, needle, offset, forward, step) {
  const last = hay.length - needle.length;
  if (forward) {
    let i = offset;
    if (step === 2 && i % 2) i++;
    for (; i <= last; i += step) if (matchAt(hay, needle, i)) return i;
  } else {
    let i = Math.min(offset, last);
    if (step === 2 && i % 2) i--;
    for (; i >= 0; i -= step) if (matchAt(hay, needle, i)) return i;
  }
  return -1;
}

function indexOfBytes(buffer, needle, byteOffset, forward, ucs2) {
  const hayLength = buffer.length;
  const pos = startOffset(hayLength, byteOffset, needle.length, forward);
  if (needle.length === 0) return pos;
  if (hayLength === 0 || pos <= -1) return -1;
  if ((forward && needle.length + pos > hayLength) || needle.length > hayLength) return -1;
  if (ucs2) {
    if (hayLength < 2 || needle.length < 2) return -1;
    return searchBytes(buffer.subarray(0, hayLength & ~1), needle.subarray(0, needle.length & ~1), pos, forward, 2);
  }
  return searchBytes(buffer, needle, pos, forward, 1);
}

function indexOfNumber(buffer, value, byteOffset, forward) {
  const pos = startOffset(buffer.length, byteOffset, 1, forward);
  if (pos <= -1 || buffer.length === 0) return -1;
  const v = value & 0xFF;
  if (forward) return Uint8Array.prototype.indexOf.call(buffer, v, pos);
  return Uint8Array.prototype.lastIndexOf.call(buffer, v, pos);
}

function encodeNeedle(str, enc) {
  const n = enc.byteLength(str);
  const out = new Uint8Array(n);
  const written = enc.write(out, str, 0, n);
  return written === n ? out : out.subarray(0, written);
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) byteOffset = 0x7fffffff;
  else if (byteOffset < -0x80000000) byteOffset = -0x80000000;
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);
  if (typeof val === 'number') return indexOfNumber(buffer, val >>> 0, byteOffset, forward);
  const enc = encoding === undefined ? getEncodingOps('utf8') : getEncodingOps(encoding);
  if (typeof val === 'string') {
    if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return indexOfBytes(buffer, encodeNeedle(val, enc), byteOffset, forward, enc.encoding === 'utf16le');
  }
  if (isUint8Array(val)) {
    return indexOfBytes(buffer, val, byteOffset, forward, enc !== undefined && enc.encoding === 'utf16le');
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

module.exports = { validateOffset, compareRange, compareOffset, copyImpl, copyActual, bidirectionalIndexOf };
