// SPDX-License-Identifier: Apache-2.0
'use strict';
// POSIX path functions with Node 20's results (including its edge cases for '', '.', '..' and '//').

const { validateString, validateObject } = require('internal/buffer/validate');

// Collapses '.', '..' and repeated separators; `allowAboveRoot` keeps leading '..' for relative paths.
function normalizeSegments(path, allowAboveRoot, sep) {
  const out = [];
  for (const seg of path.split(sep)) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else out.push(seg);
  }
  return out.join(sep);
}

function cwd() {
  return typeof process !== 'undefined' && typeof process.cwd === 'function' ? process.cwd() : '/';
}

const posix = {
  sep: '/',
  delimiter: ':',

  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : cwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path.charCodeAt(0) === 47;
    }
    resolved = normalizeSegments(resolved, !absolute, '/');
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === 47;
    const trailing = path.charCodeAt(path.length - 1) === 47;
    let out = normalizeSegments(path, !absolute, '/');
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === 47;
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (let i = 0; i < args.length; i++) {
      validateString(args[i], 'path');
      if (args[i].length > 0) joined = joined === undefined ? args[i] : `${joined}/${args[i]}`;
    }
    return joined === undefined ? '.' : posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const a = from === '/' ? [] : from.slice(1).split('/');
    const b = to === '/' ? [] : to.slice(1).split('/');
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    const up = a.slice(i).map(() => '..');
    return up.concat(b.slice(i)).join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === 47;
    let end = -1;
    let matchedSlash = true;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path.charCodeAt(i) === 47) {
        if (!matchedSlash) { end = i; break; }
      } else matchedSlash = false;
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameScan(path, 0, suffix, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    return splitExt(path, 0, isPosixSep).ext;
  },

  format(pathObject) {
    validateObject(pathObject, 'pathObject');
    return formatWith('/', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path.charCodeAt(0) === 47;
    if (absolute) ret.root = '/';
    const r = splitExt(path, absolute ? 1 : 0, isPosixSep, 0);
    if (r.end !== -1) {
      const from = r.startPart === 0 && absolute ? 1 : r.startPart;
      ret.base = path.slice(from, r.end);
      ret.ext = r.ext;
      ret.name = r.ext ? path.slice(from, r.end - r.ext.length) : ret.base;
    }
    if (r.startPart > 0) ret.dir = path.slice(0, r.startPart - 1);
    else if (absolute) ret.dir = '/';
    return ret;
  },

  matchesGlob: undefined,
};
delete posix.matchesGlob;

const isPosixSep = (c) => c === '/';

// Node's basename scan: trailing separators are ignored and a suffix is matched from the end,
// character by character, even when that means it is not removed (basename('a/bb', 'bb') is 'bb').
function basenameScan(path, first, suffix, isSep) {
  let start = first;
  let end = -1;
  let matchedSlash = true;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    let extIdx = suffix.length - 1;
    let firstNonSlashEnd = -1;
    for (let i = path.length - 1; i >= first; --i) {
      const c = path[i];
      if (isSep(c)) {
        if (!matchedSlash) { start = i + 1; break; }
      } else {
        if (firstNonSlashEnd === -1) { matchedSlash = false; firstNonSlashEnd = i + 1; }
        if (extIdx >= 0) {
          if (c === suffix[extIdx]) {
            if (--extIdx === -1) end = i;
          } else {
            extIdx = -1;
            end = firstNonSlashEnd;
          }
        }
      }
    }
    if (start === end) end = firstNonSlashEnd;
    else if (end === -1) end = path.length;
    return path.slice(start, end);
  }
  for (let i = path.length - 1; i >= first; --i) {
    if (isSep(path[i])) {
      if (!matchedSlash) { start = i + 1; break; }
    } else if (end === -1) { matchedSlash = false; end = i + 1; }
  }
  return end === -1 ? '' : path.slice(start, end);
}

// Finds the last segment [startPart, end) and its extension by Node's rules: a leading dot does not
// start an extension, '..' has none, '...' has '.'.
function splitExt(path, first, isSep, startPart0 = first) {
  let startDot = -1;
  let startPart = startPart0;
  let end = -1;
  let matchedSlash = true;
  let preDotState = 0;
  for (let i = path.length - 1; i >= first; --i) {
    const c = path[i];
    if (isSep(c)) {
      if (!matchedSlash) { startPart = i + 1; break; }
      continue;
    }
    if (end === -1) { matchedSlash = false; end = i + 1; }
    if (c === '.') {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) preDotState = -1;
  }
  let ext = '';
  if (!(startDot === -1 || end === -1 || preDotState === 0 ||
      (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1))) ext = path.slice(startDot, end);
  return { startPart, end, ext };
}

function formatWith(sep, { dir, root, base, name, ext }) {
  const d = dir || root;
  const b = base || `${name || ''}${ext ? (ext[0] === '.' ? '' : '.') + ext : ''}`;
  if (!d) return b;
  return d === root ? `${d}${b}` : `${d}${sep}${b}`;
}

module.exports = { posix, formatWith, normalizeSegments, basenameScan, splitExt };
