// SPDX-License-Identifier: Apache-2.0
'use strict';
// readline's Interface. Without a terminal it splits the input into lines as Node does (\n, \r\n,
// a lone \r; a \n within crlfDelay after \r ends nothing; a last line without newline is emitted at
// the end). With one it edits the line from keypress events and redraws it with the same escape
// sequences as Node: cursor keys, home/end, backspace/delete, ctrl-a/e/b/f/h/d/u/k/w/l/c, history,
// tab completion.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE } } = require('internal/errors');
const { validateUint32, validateFunction } = require('internal/buffer/validate');
const { getStringWidth } = require('internal/util/inspect_primitives');
const { cursorTo, moveCursor, clearLine, clearScreenDown, emitKeypressEvents } = require('internal/readline/keys');

const kHistorySize = 30;
const kMincrlfDelay = 100;
const lineEnding = /\r?\n|\r(?!\n)/g;

const kQuestionCallback = Symbol('questionCallback');
const kOldPrompt = Symbol('oldPrompt');
const kLineBuffer = Symbol('lineBuffer');
const kSawReturnAt = Symbol('sawReturnAt');
const kDecoder = Symbol('decoder');
const kPrompt = Symbol('prompt');
const kSubstringSearch = Symbol('substringSearch');
const kRaw = Symbol('raw');

function validateSignal(signal) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
}

function envTerm() {
  try {
    return process.env.TERM;
  } catch {
    return undefined; // no --allow-env: assume a capable terminal
  }
}

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    let history;
    let historySize;
    let removeHistoryDuplicates = false;
    let crlfDelay;
    let prompt = '> ';
    let signal;
    let tabSize = 8;
    if (input && input.input) {
      // An options object.
      ({ output, completer, terminal, history, historySize, signal, crlfDelay } = input);
      if (input.tabSize !== undefined) {
        validateUint32(input.tabSize, 'tabSize', true);
        tabSize = input.tabSize;
      }
      removeHistoryDuplicates = input.removeHistoryDuplicates;
      if (input.prompt !== undefined) prompt = input.prompt;
      validateSignal(signal);
      input = input.input;
    }
    if (completer !== undefined && typeof completer !== 'function') throw new ERR_INVALID_ARG_VALUE('completer', completer);
    if (history === undefined) history = [];
    else if (!Array.isArray(history)) {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('history', 'Array', history);
    }
    if (historySize === undefined) historySize = kHistorySize;
    if (typeof historySize !== 'number' || Number.isNaN(historySize) || historySize < 0) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('historySize', historySize);
    }
    if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

    this.line = '';
    this.cursor = 0;
    this.history = history;
    this.historySize = historySize;
    this.historyIndex = -1;
    this.removeHistoryDuplicates = !!removeHistoryDuplicates;
    this.crlfDelay = crlfDelay ? Math.max(kMincrlfDelay, crlfDelay) : kMincrlfDelay;
    this.completer = completer;
    this.tabSize = tabSize;
    this.paused = false;
    this.terminal = !!terminal;
    this.input = input;
    this.output = output;
    this.prevRows = 0;
    this.isCompletionEnabled = true;
    this[kQuestionCallback] = null;
    this[kOldPrompt] = '';
    this[kLineBuffer] = null;
    this[kSawReturnAt] = 0;
    this[kSubstringSearch] = null;
    this.setPrompt(prompt);

    const onError = (err) => this.emit('error', err);
    const onData = (data) => this.#normalWrite(data);
    const onEnd = () => {
      if (typeof this[kLineBuffer] === 'string' && this[kLineBuffer].length > 0) this.emit('line', this[kLineBuffer]);
      this.close();
    };
    const onKeypress = (s, key) => this.#ttyWrite(s, key);
    const onTermEnd = () => {
      if (typeof this.line === 'string' && this.line.length > 0) this.emit('line', this.line);
      this.close();
    };
    input.on('error', onError);
    if (!this.terminal) {
      input.on('data', onData);
      input.on('end', onEnd);
      this.once('close', () => {
        input.removeListener('data', onData);
        input.removeListener('error', onError);
        input.removeListener('end', onEnd);
      });
      this[kDecoder] = new StringDecoder('utf8');
    } else {
      emitKeypressEvents(input, this);
      input.on('keypress', onKeypress);
      input.on('end', onTermEnd);
      this.#setRawMode(true);
      this.once('close', () => {
        input.removeListener('keypress', onKeypress);
        input.removeListener('error', onError);
        input.removeListener('end', onTermEnd);
      });
    }
    if (signal) {
      const onAborted = () => this.close();
      if (signal.aborted) process.nextTick(onAborted);
      else {
        signal.addEventListener('abort', onAborted, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAborted));
      }
    }
    input.resume();
  }

  get columns() {
    return this.output && this.output.columns ? this.output.columns : Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  #setRawMode(mode) {
    const wasRaw = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    this[kRaw] = mode && this.input.isRaw !== false;
    return wasRaw;
  }

  #write(s) {
    if (this.output !== null && this.output !== undefined) this.output.write(s);
  }

  _writeToOutput(s) {
    this.#write(s);
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && envTerm() !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this._refreshLine();
    } else {
      this._writeToOutput(this[kPrompt]);
    }
  }

  question(query, options, cb) {
    cb = typeof options === 'function' ? options : cb;
    if (options !== null && typeof options === 'object' && options.signal) {
      const { signal } = options;
      validateSignal(signal);
      if (signal.aborted) return;
      const onAbort = () => this._questionCancel();
      signal.addEventListener('abort', onAbort, { once: true });
      const original = cb;
      cb = typeof cb === 'function' ? (answer) => {
        signal.removeEventListener('abort', onAbort);
        return original(answer);
      } : () => signal.removeEventListener('abort', onAbort);
    }
    if (typeof cb === 'function') this._question(query, cb);
  }

  _question(query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  _questionCancel() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  _onLine(line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  pause() {
    if (this.paused) return undefined;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return undefined;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) this.#ttyWrite(d, key);
    else this.#normalWrite(d);
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this.#setRawMode(false);
    this.closed = true;
    this.emit('close');
  }

  [Symbol.asyncIterator]() {
    if (this._lineIterator === undefined) this._lineIterator = lineIterator(this);
    return this._lineIterator;
  }

  // ---- line splitting (no terminal, or a terminal we could not put in raw mode) ----

  #normalWrite(b) {
    if (b === undefined) return;
    let string = typeof b === 'string' ? b : this[kDecoder].write(b);
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }
    lineEnding.lastIndex = 0;
    if (!lineEnding.test(string)) {
      if (string) this[kLineBuffer] = (this[kLineBuffer] || '') + string;
      return;
    }
    if (this[kLineBuffer]) {
      string = this[kLineBuffer] + string;
      this[kLineBuffer] = null;
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
    const lines = [];
    let start = 0;
    lineEnding.lastIndex = 0;
    let m;
    while ((m = lineEnding.exec(string)) !== null) {
      lines.push(string.slice(start, m.index));
      start = lineEnding.lastIndex;
    }
    this[kLineBuffer] = string.slice(start);
    for (const line of lines) this._onLine(line);
  }

  // ---- terminal editing ----

  getCursorPos() {
    const strBeforeCursor = this[kPrompt] + this.line.slice(0, this.cursor);
    return this.#displayPos(strBeforeCursor);
  }

  #displayPos(str) {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    str = str.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
    for (const char of str) {
      if (char === '\n') {
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(char, false);
      if (width === 0 || width === 1) offset += width;
      else {
        if ((offset + 1) % col === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  _refreshLine() {
    const line = this[kPrompt] + this.line;
    const dispPos = this.#displayPos(line);
    const cursorPos = this.getCursorPos();
    if (this.prevRows > 0) moveCursor(this.output, 0, -this.prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this._writeToOutput(line);
    if (dispPos.cols === 0) this._writeToOutput(' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = dispPos.rows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }

  clearLine() {
    this.#moveCursor(+Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  #moveCursor(dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    else this._refreshLine();
  }

  #insertString(c) {
    if (!c) return;
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      this._refreshLine();
    } else {
      const oldPos = this.getCursorPos();
      this.line += c;
      this.cursor += c.length;
      const newPos = this.getCursorPos();
      if (oldPos.rows < newPos.rows) this._refreshLine();
      else this._writeToOutput(c);
    }
  }

  #addHistory() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const at = this.history.indexOf(this.line);
        if (at !== -1) this.history.splice(at, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    this.emit('history', this.history);
    return this.history[0];
  }

  #line() {
    const line = this.#addHistory();
    this.clearLine();
    this._onLine(line);
  }

  // Up/down walk the history, skipping entries equal to the line or not starting with what was typed.
  #historyPrev() {
    if (!(this.historyIndex < this.history.length && this.history.length)) return;
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex + 1;
    while (index < this.history.length && (!this.history[index].startsWith(search) || this.line === this.history[index])) index++;
    this.line = index === this.history.length ? search : this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this._refreshLine();
  }

  #historyNext() {
    if (this.historyIndex < 0) return;
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex - 1;
    while (index >= 0 && (!this.history[index].startsWith(search) || this.line === this.history[index])) index--;
    this.line = index === -1 ? search : this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this._refreshLine();
  }

  #deleteLeft() {
    if (this.cursor > 0 && this.line.length > 0) {
      const n = this.cursor >= 2 && /[\uDC00-\uDFFF]/.test(this.line[this.cursor - 1]) ? 2 : 1;
      this.line = this.line.slice(0, this.cursor - n) + this.line.slice(this.cursor);
      this.cursor -= n;
      this._refreshLine();
    }
  }

  #deleteRight() {
    if (this.cursor < this.line.length) {
      const n = /[\uD800-\uDBFF]/.test(this.line[this.cursor]) ? 2 : 1;
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + n);
      this._refreshLine();
    }
  }

  // A word is a run of word characters or of punctuation, with the spaces next to it.
  static #wordBack(text) {
    const m = /^\s*(?:[^\w\s]+|\w+)?/.exec(Array.from(text).reverse().join(''));
    return m[0].length;
  }

  #deleteWordLeft() {
    if (this.cursor > 0) {
      const leading = this.line.slice(0, this.cursor);
      const keep = leading.slice(0, leading.length - Interface.#wordBack(leading));
      this.line = keep + this.line.slice(this.cursor);
      this.cursor = keep.length;
      this._refreshLine();
    }
  }

  #deleteWordRight() {
    if (this.cursor < this.line.length) {
      const m = /^(?:\s+|\W+|\w+)\s*/.exec(this.line.slice(this.cursor));
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + m[0].length);
      this._refreshLine();
    }
  }

  #wordLeft() {
    if (this.cursor > 0) this.#moveCursor(-Interface.#wordBack(this.line.slice(0, this.cursor)));
  }

  #wordRight() {
    if (this.cursor < this.line.length) {
      const m = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(this.line.slice(this.cursor));
      this.#moveCursor(m[0].length);
    }
  }

  #tabComplete() {
    this.pause();
    const done = (err, value) => {
      this.resume();
      if (err) return;
      const [completions, completeOn] = value || [[], ''];
      if (!completions || completions.length === 0) return;
      const unique = [...new Set(completions.filter((c) => c))];
      if (unique.length === 1) {
        this.#insertString(unique[0].slice(completeOn.length));
        return;
      }
      let prefix = unique[0];
      for (const c of unique) while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
      this._writeToOutput('\r\n');
      this._writeToOutput(unique.join('  '));
      this._writeToOutput('\r\n');
      if (prefix.length > completeOn.length) this.#insertString(prefix.slice(completeOn.length));
      this._refreshLine();
    };
    const line = this.line.slice(0, this.cursor);
    if (this.completer.length === 2) {
      this.completer(line, done);
    } else {
      Promise.resolve().then(() => this.completer(line)).then((v) => done(null, v), done);
    }
  }

  #ttyWrite(s, key) {
    key = key || {};
    if (!this[kRaw]) {
      // The terminal echoes and edits in cooked mode: only split what it sends into lines.
      if (!this[kDecoder]) this[kDecoder] = new StringDecoder('utf8');
      if (key.name === 'return' || key.name === 'enter') {
        if (key.name === 'enter' && this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
          this[kSawReturnAt] = 0;
          return;
        }
        this[kSawReturnAt] = key.name === 'return' ? Date.now() : 0;
        const line = this.line;
        this.line = '';
        this.cursor = 0;
        if (line.length) this.history.unshift(line);
        this._onLine(line);
      } else if (key.ctrl && key.name === 'd' && this.line.length === 0) {
        this.close();
      } else if (typeof s === 'string') {
        this.line += s;
        this.cursor = this.line.length;
      }
      return;
    }
    if (key.name === 'escape') return;
    if (!(key.name === 'up' || key.name === 'down')) this[kSubstringSearch] = null;
    else if (this[kSubstringSearch] === null) this[kSubstringSearch] = this.line.slice(0, this.cursor);
    if (key.ctrl && key.shift) {
      if (key.name === 'backspace') {
        this.line = this.line.slice(this.cursor);
        this.cursor = 0;
        this._refreshLine();
      } else if (key.name === 'delete') {
        this.line = this.line.slice(0, this.cursor);
        this._refreshLine();
      }
      return;
    }
    if (key.ctrl) {
      switch (key.name) {
        case 'c':
          if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
          else this.close();
          return;
        case 'h': this.#deleteLeft(); return;
        case 'd':
          if (this.cursor === 0 && this.line.length === 0) this.close();
          else this.#deleteRight();
          return;
        case 'u':
          this.line = this.line.slice(this.cursor);
          this.cursor = 0;
          this._refreshLine();
          return;
        case 'k':
          this.line = this.line.slice(0, this.cursor);
          this._refreshLine();
          return;
        case 'a': this.#moveCursor(-Infinity); return;
        case 'e': this.#moveCursor(+Infinity); return;
        case 'b': this.#moveCursor(-1); return;
        case 'f': this.#moveCursor(+1); return;
        case 'l':
          cursorTo(this.output, 0, 0);
          clearScreenDown(this.output);
          this._refreshLine();
          return;
        case 'n': this.#historyNext(); return;
        case 'p': this.#historyPrev(); return;
        case 'delete': this.#deleteWordRight(); return;
        case 'w': case 'backspace': this.#deleteWordLeft(); return;
        case 'left': this.#wordLeft(); return;
        case 'right': this.#wordRight(); return;
        default: return;
      }
    }
    if (key.meta) {
      switch (key.name) {
        case 'b': this.#wordLeft(); return;
        case 'f': this.#wordRight(); return;
        case 'd': this.#deleteWordRight(); return;
        case 'backspace': this.#deleteWordLeft(); return;
        default: return;
      }
    }
    switch (key.name) {
      case 'return':
        this[kSawReturnAt] = Date.now();
        this.#line();
        return;
      case 'enter':
        if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) this.#line();
        this[kSawReturnAt] = 0;
        return;
      case 'backspace': this.#deleteLeft(); return;
      case 'delete': this.#deleteRight(); return;
      case 'left': this.#moveCursor(-1); return;
      case 'right': this.#moveCursor(+1); return;
      case 'home': this.#moveCursor(-Infinity); return;
      case 'end': this.#moveCursor(+Infinity); return;
      case 'up': this.#historyPrev(); return;
      case 'down': this.#historyNext(); return;
      case 'tab':
        if (typeof this.completer === 'function' && this.isCompletionEnabled) {
          this.#tabComplete();
          return;
        }
        break;
      default:
        break;
    }
    if (typeof s === 'string' && s) {
      lineEnding.lastIndex = 0;
      let last = 0;
      let m;
      while ((m = lineEnding.exec(s)) !== null) {
        this.#insertString(s.slice(last, m.index));
        last = lineEnding.lastIndex;
        this.#line();
        lineEnding.lastIndex = last;
      }
      this.#insertString(s.slice(last));
    }
  }
}

// for await (const line of rl): lines from the moment of the first call, buffered; the input is
// paused while more than 1024 wait and resumed when the reader catches up; 'close' ends it.
function lineIterator(rl) {
  const queue = [];
  const waiting = [];
  let closed = false;
  let error = null;
  const onLine = (line) => {
    if (waiting.length) waiting.shift().resolve({ value: line, done: false });
    else {
      queue.push(line);
      if (queue.length > 1024 && !rl.paused) rl.pause();
    }
  };
  const finish = () => {
    closed = true;
    rl.off('line', onLine);
    while (waiting.length) {
      const w = waiting.shift();
      if (error) w.reject(error);
      else w.resolve({ value: undefined, done: true });
    }
  };
  const onError = (err) => {
    error = err;
    finish();
  };
  rl.on('line', onLine);
  rl.once('close', finish);
  rl.once('error', onError);
  return {
    next() {
      if (queue.length) {
        const value = queue.shift();
        if (queue.length < 1 && rl.paused && !rl.closed) rl.resume();
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const e = error;
        error = null;
        return Promise.reject(e);
      }
      if (closed) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    // As in Node 20, leaving the loop stops listening but leaves the interface open.
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

module.exports = { Interface, validateFunction };
