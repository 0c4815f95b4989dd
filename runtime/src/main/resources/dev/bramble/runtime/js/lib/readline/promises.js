// SPDX-License-Identifier: Apache-2.0
'use strict';
// readline/promises: an Interface whose question() returns a promise (with AbortSignal support),
// and Readline, which queues cursor and clear actions and writes them on commit().

const { Interface: InterfaceBase } = require('internal/readline/interface');
const { CSI, kClearLine, kClearToLineBeginning, kClearToLineEnd, kClearScreenDown } = require('internal/readline/keys');
const { codes: { ERR_INVALID_ARG_TYPE }, AbortError } = require('internal/errors');
const { validateInteger, validateBoolean } = require('internal/buffer/validate');

class Interface extends InterfaceBase {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options?.signal) {
        const { signal } = options;
        if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
          throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
        }
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          this._questionCancel();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this._question(query, cb);
    });
  }
}

class Readline {
  #autoCommit = false;
  #stream;
  #todo = [];

  constructor(stream, options = undefined) {
    if (stream == null || typeof stream.write !== 'function') throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    this.#stream = stream;
    if (options?.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  #queue(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
    return this;
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    return this.#queue(y == null ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`);
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      let data = '';
      if (dx < 0) data += `${CSI}${-dx}D`;
      else if (dx > 0) data += `${CSI}${dx}C`;
      if (dy < 0) data += `${CSI}${-dy}A`;
      else if (dy > 0) data += `${CSI}${dy}B`;
      this.#queue(data);
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    return this.#queue(dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine);
  }

  clearScreenDown() {
    return this.#queue(kClearScreenDown);
  }

  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
