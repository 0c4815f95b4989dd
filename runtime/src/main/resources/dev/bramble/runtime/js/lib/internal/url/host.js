// SPDX-License-Identifier: Apache-2.0
'use strict';
// WHATWG URL host parsing and serialising: domains (with IDNA to ASCII), IPv4, IPv6, opaque hosts;
// and the percent-encode sets the URL parser uses.

const punycode = require('punycode');
const { TextEncoder, TextDecoder } = require('internal/encoding');

const isC0 = (c) => c < 0x20 || c > 0x7E;
const setOf = (chars) => new Set(Array.from(chars, (ch) => ch.charCodeAt(0)));
const fragmentExtra = setOf(' "<>`');
const queryExtra = setOf(' "#<>');
const specialQueryExtra = setOf(' "#<>\'');
const pathExtra = setOf(' "#<>?`{}');
const userinfoExtra = setOf(' "#<>?`{}/:;=@[\\]^|');
const componentExtra = setOf(' "#<>?`{}/:;=@[\\]^|$%&+,');
const formExtra = setOf(' "#<>?`{}/:;=@[\\]^|$%&+,!\'()~');

const encodeSets = {
  c0: isC0,
  fragment: (c) => isC0(c) || fragmentExtra.has(c),
  query: (c) => isC0(c) || queryExtra.has(c),
  specialQuery: (c) => isC0(c) || specialQueryExtra.has(c),
  path: (c) => isC0(c) || pathExtra.has(c),
  userinfo: (c) => isC0(c) || userinfoExtra.has(c),
  component: (c) => isC0(c) || componentExtra.has(c),
  form: (c) => isC0(c) || formExtra.has(c),
};

const HEX = '0123456789ABCDEF';
const enc = new TextEncoder();

/** UTF-8 percent-encodes each code point of `str` that is in `set`. */
function percentEncode(str, set, spaceAsPlus = false) {
  let out = '';
  for (const ch of str) {
    const c = ch.codePointAt(0);
    if (spaceAsPlus && c === 0x20) { out += '+'; continue; }
    if (c < 0x80 && !set(c)) { out += ch; continue; }
    const bytes = enc.encode(c >= 0xD800 && c <= 0xDFFF ? '\ufffd' : ch);
    for (const b of bytes) out += `%${HEX[b >> 4]}${HEX[b & 15]}`;
  }
  return out;
}

function hexVal(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Percent-decodes to bytes (invalid escapes stay literal). */
function percentDecodeBytes(str) {
  const bytes = enc.encode(str);
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length) {
      const h = hexVal(bytes[i + 1]);
      const l = hexVal(bytes[i + 2]);
      if (h >= 0 && l >= 0) {
        out[n++] = (h << 4) | l;
        i += 2;
        continue;
      }
    }
    out[n++] = b;
  }
  return out.subarray(0, n);
}

const dec = new TextDecoder();
function percentDecode(str) { return dec.decode(percentDecodeBytes(str)); }

const forbiddenHost = setOf('\0\t\n\r #/:<>?@[\\]^|');
function isForbiddenHost(c) { return forbiddenHost.has(c); }
function isForbiddenDomain(c) { return forbiddenHost.has(c) || c <= 0x1F || c === 0x25 || c === 0x7F; }

// UTS #46 processing, approximated: NFKC + lower case maps what the table maps for common input,
// ignored code points are dropped, and non-ASCII labels become Punycode.
function domainToASCII(domain, beStrict = false) {
  let s = domain;
  if (/[^\x00-\x7F]/.test(s)) {
    s = s.replace(/[\u00AD\u034F\u180B-\u180D\u200B\u2060\uFE00-\uFE0F\uFEFF]/g, '');
    s = s.normalize('NFKC').toLowerCase().replace(/[\u3002\uFF0E\uFF61]/g, '.');
  } else s = s.toLowerCase();
  const labels = s.split('.');
  const out = [];
  for (const label of labels) {
    if (/[^\x00-\x7F]/.test(label)) {
      if (label.startsWith('xn--')) return null;
      out.push(`xn--${punycode.encode(label)}`);
    } else {
      if (label.startsWith('xn--')) {
        try {
          const decoded = punycode.decode(label.slice(4));
          if (decoded.length === 0 || !/[^\x00-\x7F]/.test(decoded)) return null;
        } catch {
          return null;
        }
      }
      out.push(label);
    }
  }
  const result = out.join('.');
  if (beStrict && (result.length > 253 || out.some((l) => l.length > 63))) return null;
  return result.length === 0 ? null : result;
}

function domainToUnicode(domain) {
  return domain.split('.').map((label) => {
    if (!label.toLowerCase().startsWith('xn--')) return label.toLowerCase();
    try {
      return punycode.decode(label.slice(4));
    } catch {
      return label;
    }
  }).join('.');
}

function parseIPv4Number(s) {
  if (s === '') return NaN;
  let radix = 10;
  if (s.length >= 2 && (s.startsWith('0x') || s.startsWith('0X'))) {
    s = s.slice(2);
    radix = 16;
  } else if (s.length >= 2 && s[0] === '0') {
    s = s.slice(1);
    radix = 8;
  }
  if (s === '') return 0;
  const valid = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!valid.test(s)) return NaN;
  return parseInt(s, radix);
}

function endsInNumber(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}

function parseIPv4(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const nums = [];
  for (const p of parts) {
    const n = parseIPv4Number(p);
    if (Number.isNaN(n)) return null;
    nums.push(n);
  }
  for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return null;
  if (nums[nums.length - 1] >= 256 ** (5 - nums.length)) return null;
  let ipv4 = nums[nums.length - 1];
  for (let i = 0; i < nums.length - 1; i++) ipv4 += nums[i] * 256 ** (3 - i);
  return ipv4;
}

function serializeIPv4(n) {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

function parseIPv6(input) {
  const addr = [0, 0, 0, 0, 0, 0, 0, 0];
  let piece = 0;
  let compress = null;
  let p = 0;
  const c = (i) => input.charCodeAt(i);
  const isHex = (x) => hexVal(x) >= 0;
  if (c(p) === 58) {
    if (c(p + 1) !== 58) return null;
    p += 2;
    compress = ++piece;
  }
  while (p < input.length) {
    if (piece === 8) return null;
    if (c(p) === 58) {
      if (compress !== null) return null;
      p++;
      compress = ++piece;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && p < input.length && isHex(c(p))) {
      value = value * 16 + hexVal(c(p));
      p++;
      length++;
    }
    if (c(p) === 46) {
      if (length === 0) return null;
      p -= length;
      if (piece > 6) return null;
      let seen = 0;
      while (p < input.length) {
        let v = null;
        if (seen > 0) {
          if (c(p) === 46 && seen < 4) p++;
          else return null;
        }
        if (!(c(p) >= 48 && c(p) <= 57)) return null;
        while (c(p) >= 48 && c(p) <= 57) {
          const n = c(p) - 48;
          if (v === null) v = n;
          else if (v === 0) return null;
          else v = v * 10 + n;
          if (v > 255) return null;
          p++;
        }
        addr[piece] = addr[piece] * 256 + v;
        seen++;
        if (seen === 2 || seen === 4) piece++;
      }
      if (seen !== 4) return null;
      break;
    } else if (c(p) === 58) {
      p++;
      if (p >= input.length) return null;
    } else if (p < input.length) return null;
    addr[piece++] = value;
  }
  if (compress !== null) {
    let swaps = piece - compress;
    piece = 7;
    while (piece !== 0 && swaps > 0) {
      const t = addr[compress + swaps - 1];
      addr[compress + swaps - 1] = addr[piece];
      addr[piece] = t;
      piece--;
      swaps--;
    }
  } else if (piece !== 8) return null;
  return addr;
}

function serializeIPv6(addr) {
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (addr[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && addr[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && addr[i] === 0) continue;
    ignore0 = false;
    if (best === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += addr[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

/** Host parser: returns the serialised host, or null on failure. */
function parseHost(input, isOpaque) {
  if (input.startsWith('[')) {
    if (!input.endsWith(']')) return null;
    const addr = parseIPv6(input.slice(1, -1));
    return addr === null ? null : `[${serializeIPv6(addr)}]`;
  }
  if (isOpaque) {
    for (let i = 0; i < input.length; i++) {
      const ch = input.charCodeAt(i);
      if (ch !== 0x25 && isForbiddenHost(ch)) return null;
    }
    return percentEncode(input, encodeSets.c0);
  }
  const domain = percentDecode(input);
  const ascii = domainToASCII(domain);
  if (ascii === null) return null;
  for (let i = 0; i < ascii.length; i++) if (isForbiddenDomain(ascii.charCodeAt(i))) return null;
  if (endsInNumber(ascii)) {
    const v4 = parseIPv4(ascii);
    return v4 === null ? null : serializeIPv4(v4);
  }
  return ascii;
}

module.exports = {
  encodeSets, percentEncode, percentDecode, percentDecodeBytes, parseHost, domainToASCII, domainToUnicode,
  parseIPv6, serializeIPv6,
};
