// SPDX-License-Identifier: Apache-2.0
'use strict';
// readline's Interface. Without a terminal it splits the input into lines as Node does (\n, \r\n,
// a lone \r; a \n within crlfDelay after \r ends nothing; a last line without newline is emitted at
// the end). With one, editing.js edits the line from keypress events.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE } } = require('internal/errors');
const { validateUint32 } = require('internal/buffer/validate');
const { emitKeypressEvents } = require('internal/readline/keys');

const kHistorySize = 30;
const kMincrlfDelay = 100;
const lineEnding = /\r?\n|\r(?!\n)/g;

const {
  kQuestionCallback, kOldPrompt, kLineBuffer, kSawReturnAt, kDecoder, kPrompt, kSubstringSearch, kRaw,
} = require('internal/readline/symbols');

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
    const onData = (data) => this._normalWrite(data);
    const onEnd = () => {
      if (typeof this[kLineBuffer] === 'string' && this[kLineBuffer].length > 0) this.emit('line', this[kLineBuffer]);
      this.close();
    };
    const onKeypress = (s, key) => this._ttyWrite(s, key);
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
      this._setRawMode(true);
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

  _setRawMode(mode) {
    const wasRaw = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    this[kRaw] = mode && this.input.isRaw !== false;
    return wasRaw;
  }

  _writeOut(s) {
    if (this.output !== null && this.output !== undefined) this.output.write(s);
  }

  _writeToOutput(s) {
    this._writeOut(s);
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
    if (this.terminal) this._ttyWrite(d, key);
    else this._normalWrite(d);
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this._setRawMode(false);
    this.closed = true;
    this.emit('close');
  }

  [Symbol.asyncIterator]() {
    if (this._lineIterator === undefined) this._lineIterator = lineIterator(this);
    return this._lineIterator;
  }

  // ---- line splitting (no terminal, or a terminal we could not put in raw mode) ----

  _normalWrite(b) {
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

require('internal/readline/editing').install(Interface);

module.exports = { Interface };
