// SPDX-License-Identifier: Apache-2.0
'use strict';
// How util.inspect prints primitives (quoting and escaping of strings, -0, numeric separators)
// and how wide a string is on a terminal (used for line breaking and console.table).

// Control characters, the quote in use and the backslash are escaped; lone surrogates too.
const escapeChar = [];
for (let c = 0; c < 0xa0; c++) {
  if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
    escapeChar[c] = `\\x${c.toString(16).toUpperCase().padStart(2, '0')}`;
  }
}
escapeChar[8] = '\\b';
escapeChar[9] = '\\t';
escapeChar[10] = '\\n';
escapeChar[12] = '\\f';
escapeChar[13] = '\\r';
escapeChar[0x27] = "\\'";
escapeChar[0x5c] = '\\\\';

const needsEscapeSingle = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const needsEscapeOther = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAllRe = new RegExp(needsEscapeSingle.source, 'g');

function escapeOne(ch) {
  const code = ch.charCodeAt(0);
  return escapeChar[code] !== undefined ? escapeChar[code] : `\\u${code.toString(16)}`;
}

// Escapes without quoting (symbol descriptions and non-enumerable keys).
function escapeRaw(str) {
  return str.replace(escapeAllRe, escapeOne);
}

// Quotes a string the way Node does: single quotes, unless the string holds one and double
// quotes (then backticks) avoid escaping it.
function strEscape(str) {
  let quote = "'";
  let test = needsEscapeSingle;
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
    if (quote !== "'") test = needsEscapeOther;
  }
  if (!test.test(str)) return quote + str + quote;
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if ((code === 0x27 && quote === "'") || code === 0x5c || code < 0x20 || (code > 0x7e && code < 0xa0)) {
      out += str.slice(last, i) + escapeChar[code];
      last = i + 1;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i + 1 < str.length) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      out += `${str.slice(last, i)}\\u${code.toString(16)}`;
      last = i + 1;
    }
  }
  return quote + out + str.slice(last) + quote;
}

function addNumericSeparator(digits) {
  let res = '';
  let i = digits.length;
  const start = digits[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${digits.slice(i - 3, i)}${res}`;
  return i === digits.length ? digits : `${digits.slice(0, i)}${res}`;
}

function addNumericSeparatorEnd(digits) {
  let res = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) res += `${digits.slice(i, i + 3)}_`;
  return i === 0 ? digits : `${res}${digits.slice(i)}`;
}

function formatNumber(stylize, number, numericSeparator) {
  if (!numericSeparator) {
    return stylize(Object.is(number, -0) ? '-0' : `${number}`, 'number');
  }
  const string = String(number);
  if (Number.isInteger(number)) {
    return stylize(string.includes('e') ? string : addNumericSeparator(string), 'number');
  }
  if (!Number.isFinite(number)) return stylize(string, 'number');
  // Split at the decimal point (for exponent forms like 1e-7 this gives Node's odd output too).
  const point = string.indexOf('.');
  return stylize(`${addNumericSeparator(string.slice(0, point))}.${addNumericSeparatorEnd(string.slice(point + 1))}`,
    'number');
}

function formatBigInt(stylize, bigint, numericSeparator) {
  const string = String(bigint);
  return stylize(`${numericSeparator ? addNumericSeparator(string) : string}n`, 'bigint');
}

function stylizeNoColor(str) {
  return str;
}

const kMinLineWidth = 16;

function formatPrimitive(stylize, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, Math.max(0, ctx.maxStringLength));
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      // Long strings are split after each newline and joined with " +".
      if (ctx.compact !== true && value.length > kMinLineWidth &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        const lines = value.split(/(?<=\n)/);
        return lines.map((line) => stylize(strEscape(line), 'string'))
          .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
      }
      return stylize(strEscape(value), 'string') + trailer;
    }
    case 'number': return formatNumber(stylize, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(stylize, value, ctx.numericSeparator);
    case 'boolean': return stylize(`${value}`, 'boolean');
    case 'undefined': return stylize('undefined', 'undefined');
    default: return stylize(Symbol.prototype.toString.call(value), 'symbol');
  }
}

// ECMA-48 control sequences: CSI (ESC [ or 0x9B), OSC (ESC ] ... BEL or ESC \), and two-byte ESC forms.
const vtControlRe = /(?:\u001b\[|\u009b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[\x40-\x5a\x5c-\x5f]/g;

function stripVTControlCharacters(str) {
  return str.replace(vtControlRe, '');
}

// East Asian wide and fullwidth ranges (Unicode EastAsianWidth W/F) and common emoji blocks.
const wideRanges = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0],
  [0x23f3, 0x23f3], [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f],
  [0x2693, 0x2693], [0x26a1, 0x26a1], [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5],
  [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea], [0x26f2, 0x26f3], [0x26f5, 0x26f5],
  [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b], [0x2728, 0x2728],
  [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55],
  [0x2e80, 0x303e], [0x3041, 0x3247], [0x3250, 0x4dbf], [0x4e00, 0xa4c6], [0xa960, 0xa97c],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6b], [0xff01, 0xff60],
  [0xffe0, 0xffe6], [0x16fe0, 0x16fe4], [0x17000, 0x18cd5], [0x1b000, 0x1b2fb], [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a], [0x1f200, 0x1f251], [0x1f260, 0x1f265],
  [0x1f300, 0x1f320], [0x1f32d, 0x1f335], [0x1f337, 0x1f37c], [0x1f37e, 0x1f393], [0x1f3a0, 0x1f3ca],
  [0x1f3cf, 0x1f3d3], [0x1f3e0, 0x1f3f0], [0x1f3f4, 0x1f3f4], [0x1f3f8, 0x1f43e], [0x1f440, 0x1f440],
  [0x1f442, 0x1f4fc], [0x1f4ff, 0x1f53d], [0x1f54b, 0x1f54e], [0x1f550, 0x1f567], [0x1f57a, 0x1f57a],
  [0x1f595, 0x1f596], [0x1f5a4, 0x1f5a4], [0x1f5fb, 0x1f64f], [0x1f680, 0x1f6c5], [0x1f6cc, 0x1f6cc],
  [0x1f6d0, 0x1f6d2], [0x1f6d5, 0x1f6d7], [0x1f6eb, 0x1f6ec], [0x1f6f4, 0x1f6fc], [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f93a], [0x1f93c, 0x1f945], [0x1f947, 0x1f9ff], [0x1fa70, 0x1faff], [0x20000, 0x3fffd],
];

function inRanges(code, ranges) {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (code < ranges[mid][0]) hi = mid - 1;
    else if (code > ranges[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

// Combining marks, zero-width spaces/joiners and variation selectors take no column.
const zeroWidthRanges = [
  [0x0000, 0x001f], [0x007f, 0x009f], [0x0300, 0x036f], [0x0483, 0x0489], [0x0591, 0x05bd],
  [0x0610, 0x061a], [0x064b, 0x065f], [0x0e31, 0x0e31], [0x0e34, 0x0e3a], [0x0e47, 0x0e4e],
  [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x200b, 0x200f], [0x2028, 0x202e], [0x2060, 0x2064],
  [0x20d0, 0x20ff], [0xfe00, 0xfe0f], [0xfe20, 0xfe2f], [0xfeff, 0xfeff], [0x1f3fb, 0x1f3ff],
  [0xe0000, 0xe007f], [0xe0100, 0xe01ef],
];

function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripVTControlCharacters(str);
  let width = 0;
  let ascii = true;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 0x7f) {
      ascii = false;
      break;
    }
    if (code >= 0x20) width++;
  }
  if (ascii) return width;
  width = 0;
  for (const ch of str.normalize('NFC')) {
    const code = ch.codePointAt(0);
    if (inRanges(code, wideRanges)) width += 2;
    else if (!inRanges(code, zeroWidthRanges)) width++;
  }
  return width;
}

module.exports = {
  stylizeNoColor,
  strEscape,
  escapeRaw,
  formatNumber,
  formatBigInt,
  formatPrimitive,
  addNumericSeparator,
  getStringWidth,
  stripVTControlCharacters,
};
