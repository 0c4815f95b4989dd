// SPDX-License-Identifier: Apache-2.0
'use strict';
// Terminal input and output for readline: the ANSI/VT sequences that move the cursor and clear
// (cursorTo, moveCursor, clearLine, clearScreenDown), and emitKeypressEvents, which turns a TTY's
// bytes into 'keypress' events ({ sequence, name, ctrl, meta, shift }) one key at a time.

const { StringDecoder } = require('string_decoder');
const { codes: { ERR_INVALID_ARG_VALUE }, define } = require('internal/errors');
const { validateFunction } = require('internal/buffer/validate');

const ERR_INVALID_CURSOR_POS = define('ERR_INVALID_CURSOR_POS',
  'Cannot set cursor row without setting its column', TypeError);

const CSI = '\x1b[';
const kClearToLineBeginning = `${CSI}1K`;
const kClearToLineEnd = `${CSI}0K`;
const kClearLine = `${CSI}2K`;
const kClearScreenDown = `${CSI}0J`;

function done(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return done(callback);
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  const data = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) return done(callback);
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return stream.write(data, callback);
}

function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null) return done(callback);
  const type = dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine;
  return stream.write(type, callback);
}

function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null) return done(callback);
  return stream.write(kClearScreenDown, callback);
}

// ---- keys ----

const kCsiNames = {
  A: 'up', B: 'down', C: 'right', D: 'left', E: 'clear', F: 'end', H: 'home', P: 'f1', Q: 'f2', R: 'f3',
  S: 'f4', Z: 'tab',
};
const kTildeNames = {
  1: 'home', 2: 'insert', 3: 'delete', 4: 'end', 5: 'pageup', 6: 'pagedown', 7: 'home', 8: 'end',
  11: 'f1', 12: 'f2', 13: 'f3', 14: 'f4', 15: 'f5', 17: 'f6', 18: 'f7', 19: 'f8', 20: 'f9', 21: 'f10',
  23: 'f11', 24: 'f12',
};

function plainKey(ch) {
  const key = { sequence: ch, name: undefined, ctrl: false, meta: false, shift: false };
  if (ch === '\r') key.name = 'return';
  else if (ch === '\n') key.name = 'enter';
  else if (ch === '\t') key.name = 'tab';
  else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
  else if (ch === '\x1b') key.name = 'escape';
  else if (ch === ' ') key.name = 'space';
  else if (ch.length === 1 && ch <= '\x1a') {
    key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
    key.ctrl = true;
  } else if (/^[0-9a-z]$/.test(ch)) {
    key.name = ch;
  } else if (/^[A-Z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = true;
  }
  return key;
}

// Reads one key from s at i: [key, length]. Escape sequences are CSI (ESC [ params final),
// SS3 (ESC O final) or meta (ESC + key).
function readKey(s, i) {
  const ch = s[i];
  if (ch !== '\x1b' || i + 1 >= s.length) {
    const cp = s.codePointAt(i);
    const c = String.fromCodePoint(cp);
    return [plainKey(c), c.length];
  }
  const next = s[i + 1];
  if (next === '[' || next === 'O') {
    let j = i + 2;
    while (j < s.length && /[0-9;]/.test(s[j])) j++;
    if (j >= s.length) return [plainKey('\x1b'), 1];
    const params = s.slice(i + 2, j);
    const final = s[j];
    const sequence = s.slice(i, j + 1);
    const key = { sequence, name: undefined, ctrl: false, meta: false, shift: false, code: `${next}${params}${final}` };
    const [first, mod] = params.split(';');
    if (final === '~') key.name = kTildeNames[first];
    else key.name = kCsiNames[final];
    if (final === 'Z') key.shift = true;
    const m = (Number(mod) || 1) - 1;
    if (m & 1) key.shift = true;
    if (m & 2) key.meta = true;
    if (m & 4) key.ctrl = true;
    return [key, j + 1 - i];
  }
  const [inner, n] = readKey(s, i + 1);
  inner.meta = true;
  inner.sequence = `\x1b${inner.sequence}`;
  if (next === '\x1b') inner.name = 'escape';
  return [inner, n + 1];
}

const kKeypressDecoder = Symbol('keypress-decoder');

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const s = typeof input === 'string' ? input : stream[kKeypressDecoder].write(input);
    // A paste (several keys in one chunk) does not trigger tab completion, as in Node.
    iface.isCompletionEnabled = false;
    for (let i = 0; i < s.length;) {
      const [key, n] = readKey(s, i);
      i += n;
      if (i >= s.length) iface.isCompletionEnabled = true;
      const escaped = key.sequence.length > 1 && key.sequence[0] === '\x1b';
      stream.emit('keypress', escaped ? undefined : key.sequence, key);
    }
  }
  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = {
  cursorTo, moveCursor, clearLine, clearScreenDown, emitKeypressEvents, CSI,
  kClearToLineBeginning, kClearToLineEnd, kClearLine, kClearScreenDown,
};
