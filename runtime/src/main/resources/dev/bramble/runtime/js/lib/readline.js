// SPDX-License-Identifier: Apache-2.0
'use strict';
// readline: line-by-line reading of a stream (lib/internal/readline/interface.js), questions with
// callbacks (util.promisify gives the promise form), and the cursor helpers for terminals.

const { Interface: InterfaceBase } = require('internal/readline/interface');
const { cursorTo, moveCursor, clearLine, clearScreenDown, emitKeypressEvents } = require('internal/readline/keys');
const { customPromisifySymbol } = require('internal/util');

// Callable without new, as Node's is.
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  return Reflect.construct(InterfaceBase, [input, output, completer, terminal], new.target);
}
Object.setPrototypeOf(Interface.prototype, InterfaceBase.prototype);
Object.setPrototypeOf(Interface, InterfaceBase);

Object.defineProperty(InterfaceBase.prototype.question, customPromisifySymbol, {
  configurable: true,
  value: function question(query, options = {}) {
    return new Promise((resolve, reject) => {
      if (options.signal?.aborted) {
        const { AbortError } = require('internal/errors');
        reject(new AbortError(undefined, { cause: options.signal.reason }));
        return;
      }
      this.question(query, options, resolve);
    });
  },
});

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get: () => require('readline/promises'),
});
