// SPDX-License-Identifier: Apache-2.0
'use strict';
// Windows path functions (drive letters, UNC roots, both separators) with Node 20's results.

const { validateString, validateObject } = require('internal/buffer/validate');
const { formatWith, basenameScan, splitExt } = require('internal/path/posix');

const isSep = (c) => c === '\\' || c === '/';
const isDriveLetter = (c) => /^[a-zA-Z]$/.test(c);

function normalizeTail(path, allowAboveRoot) {
  const out = [];
  for (const seg of path.split(/[\\/]/)) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else out.push(seg);
  }
  return out.join('\\');
}

// Root of a path: { device, rootEnd, absolute, uncOnly } where uncOnly means "\\server\share" with nothing after.
function parseRoot(path) {
  const len = path.length;
  const r = { device: '', rootEnd: 0, absolute: false, uncOnly: false };
  if (len === 0) return r;
  if (isSep(path[0])) {
    r.absolute = true;
    r.rootEnd = 1;
    if (len > 1 && isSep(path[1])) {
      let j = 2;
      let last = j;
      while (j < len && !isSep(path[j])) j++;
      if (j < len && j !== last) {
        const server = path.slice(last, j);
        last = j;
        while (j < len && isSep(path[j])) j++;
        if (j < len && j !== last) {
          last = j;
          while (j < len && !isSep(path[j])) j++;
          if (j === len || j !== last) {
            r.device = `\\\\${server}\\${path.slice(last, j)}`;
            r.rootEnd = j;
            r.uncOnly = j === len;
          }
        }
      }
    }
  } else if (len > 1 && isDriveLetter(path[0]) && path[1] === ':') {
    r.device = path.slice(0, 2);
    r.rootEnd = 2;
    if (len > 2 && isSep(path[2])) {
      r.absolute = true;
      r.rootEnd = 3;
    }
  }
  return r;
}

function cwd() {
  return typeof process !== 'undefined' && typeof process.cwd === 'function' ? process.cwd() : '\\';
}

function driveEnd(path) {
  return path.length >= 2 && isDriveLetter(path[0]) && path[1] === ':' ? 2 : 0;
}

const win32 = {
  sep: '\\',
  delimiter: ';',

  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) path = cwd();
      else {
        const env = typeof process !== 'undefined' && process.env ? process.env[`=${device}`] : undefined;
        path = env || cwd();
        if (path === undefined || (path.slice(0, 2).toLowerCase() !== device.toLowerCase() && path[2] === '\\')) {
          path = `${device}\\`;
        }
      }
      const root = parseRoot(path);
      if (root.device.length > 0) {
        if (device.length > 0) {
          if (root.device.toLowerCase() !== device.toLowerCase()) continue;
        } else device = root.device;
      }
      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${path.slice(root.rootEnd)}\\${tail}`;
        absolute = root.absolute || root.uncOnly;
        if (absolute && device.length > 0) break;
      }
    }
    tail = normalizeTail(tail, !absolute);
    return absolute ? `${device}\\${tail}` : `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return path === '/' ? '\\' : path;
    const root = parseRoot(path);
    if (root.uncOnly) return `${root.device}\\`;
    let tail = root.rootEnd < len ? normalizeTail(path.slice(root.rootEnd), !root.absolute) : '';
    if (tail.length === 0 && !root.absolute) tail = '.';
    if (tail.length > 0 && isSep(path[len - 1])) tail += '\\';
    // A relative result must not contain something that could read as a drive ("C:").
    if (root.device === '' && !root.absolute && tail.includes(":")) tail = `.\\${tail}`;
    if (root.device === '') return root.absolute ? `\\${tail}` : tail;
    return root.absolute || root.device.startsWith('\\\\') ? `${root.device}\\${tail}` : `${root.device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    return isSep(path[0]) || (len > 2 && isDriveLetter(path[0]) && path[1] === ':' && isSep(path[2]));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let first;
    for (const arg of args) {
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = first = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';
    // A join must not turn into a UNC path by accident ("\\" + "server").
    let needsReplace = true;
    let slashes = 0;
    if (isSep(first[0])) {
      ++slashes;
      if (first.length > 1 && isSep(first[1])) {
        ++slashes;
        if (first.length > 2) {
          if (isSep(first[2])) ++slashes;
          else needsReplace = false;
        }
      }
    }
    if (needsReplace) {
      while (slashes < joined.length && isSep(joined[slashes])) slashes++;
      if (slashes >= 2) joined = `\\${joined.slice(slashes)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig || fromOrig.toLowerCase() === toOrig.toLowerCase()) return '';
    // Compared case-insensitively on the text after the leading backslashes, up to the last
    // separator both share; a different root gives `to` unchanged.
    const f = fromOrig.toLowerCase();
    const t = toOrig.toLowerCase();
    const lead = (p) => { let k = 0; while (k < p.length && p[k] === '\\') k++; return k; };
    const trail = (p, start) => { let k = p.length; while (k - 1 > start && p[k - 1] === '\\') k--; return k; };
    const fs = lead(f);
    const fe = trail(f, fs);
    let ts = lead(t);
    const te = trail(t, ts);
    const fl = fe - fs;
    const tl = te - ts;
    const common = Math.min(fl, tl);
    let shared = -1;
    let i = 0;
    while (i < common && f[fs + i] === t[ts + i]) {
      if (f[fs + i] === '\\') shared = i;
      i++;
    }
    if (i !== common) {
      if (shared === -1) return toOrig;
    } else {
      if (tl > common) {
        if (t[ts + i] === '\\') return toOrig.slice(ts + i + 1);
        if (i === 2) return toOrig.slice(ts + i);
      }
      if (fl > common) {
        if (f[fs + i] === '\\') shared = i;
        else if (i === 2) shared = 3;
      }
      if (shared === -1) shared = 0;
    }
    let out = '';
    for (let k = fs + shared + 1; k <= fe; ++k) {
      if (k === fe || f[k] === '\\') out += out.length === 0 ? '..' : '\\..';
    }
    ts += shared;
    if (out.length > 0) return `${out}${toOrig.slice(ts, te)}`;
    if (toOrig[ts] === '\\') ++ts;
    return toOrig.slice(ts, te);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved[0] === '\\') {
      if (resolved[1] === '\\' && resolved[2] !== '?' && resolved[2] !== '.') return `\\\\?\\UNC\\${resolved.slice(2)}`;
    } else if (isDriveLetter(resolved[0]) && resolved[1] === ':' && resolved[2] === '\\') return `\\\\?\\${resolved}`;
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isSep(path[0]) ? path : '.';
    const root = parseRoot(path);
    if (root.uncOnly) return path;
    let rootEnd = -1;
    let offset = 0;
    if (isSep(path[0])) {
      rootEnd = offset = root.device ? root.rootEnd + 1 : 1;
    } else if (root.device) rootEnd = offset = root.rootEnd;
    let end = -1;
    let matchedSlash = true;
    for (let i = len - 1; i >= offset; --i) {
      if (isSep(path[i])) {
        if (!matchedSlash) { end = i; break; }
      } else matchedSlash = false;
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameScan(path, driveEnd(path), suffix, isSep);
  },

  extname(path) {
    validateString(path, 'path');
    return splitExt(path, driveEnd(path), isSep).ext;
  },

  format(pathObject) {
    validateObject(pathObject, 'pathObject');
    return formatWith('\\', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const r = parseRoot(path);
    let rootEnd = r.rootEnd;
    if (r.device.startsWith('\\\\') && !r.uncOnly && isSep(path[rootEnd])) rootEnd++;
    if (r.uncOnly || rootEnd === path.length) {
      ret.root = ret.dir = path;
      return ret;
    }
    ret.root = path.slice(0, rootEnd);
    const x = splitExt(path, rootEnd, isSep);
    if (x.end !== -1) {
      ret.base = path.slice(x.startPart, x.end);
      ret.ext = x.ext;
      ret.name = x.ext ? path.slice(x.startPart, x.end - x.ext.length) : ret.base;
    }
    ret.dir = x.startPart > 0 && x.startPart !== rootEnd ? path.slice(0, x.startPart - 1) : ret.root;
    return ret;
  },
};

module.exports = { win32 };
