// SPDX-License-Identifier: Apache-2.0
'use strict';
// readline's terminal editing, installed on Interface.prototype under Node's method names
// (_ttyWrite, _insertString, _refreshLine, ...): keys edit the line and the line is redrawn with
// the escape sequences Node writes, so a program sees the same bytes on its terminal.

const { getStringWidth } = require('internal/util/inspect_primitives');
const { StringDecoder } = require('string_decoder');
const { cursorTo, moveCursor, clearScreenDown } = require('internal/readline/keys');
const { kPrompt, kSawReturnAt, kSubstringSearch, kRaw, kDecoder } = require('internal/readline/symbols');

const lineEnding = /\r?\n|\r(?!\n)/g;

// A word is a run of word characters or of punctuation, with the spaces next to it.
function wordBack(text) {
  const m = /^\s*(?:[^\w\s]+|\w+)?/.exec(Array.from(text).reverse().join(''));
  return m[0].length;
}

class Editing {
  getCursorPos() {
    const strBeforeCursor = this[kPrompt] + this.line.slice(0, this.cursor);
    return this._getDisplayPos(strBeforeCursor);
  }

  _getDisplayPos(str) {
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
    const dispPos = this._getDisplayPos(line);
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
    this._moveCursor(+Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  _moveCursor(dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    else this._refreshLine();
  }

  _insertString(c) {
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

  _addHistory() {
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

  _line() {
    const line = this._addHistory();
    this.clearLine();
    this._onLine(line);
  }

  // Up/down walk the history, skipping entries equal to the line or not starting with what was typed.
  _historyPrev() {
    if (!(this.historyIndex < this.history.length && this.history.length)) return;
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex + 1;
    while (index < this.history.length && (!this.history[index].startsWith(search) || this.line === this.history[index])) index++;
    this.line = index === this.history.length ? search : this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this._refreshLine();
  }

  _historyNext() {
    if (this.historyIndex < 0) return;
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex - 1;
    while (index >= 0 && (!this.history[index].startsWith(search) || this.line === this.history[index])) index--;
    this.line = index === -1 ? search : this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this._refreshLine();
  }

  _deleteLeft() {
    if (this.cursor > 0 && this.line.length > 0) {
      const n = this.cursor >= 2 && /[\uDC00-\uDFFF]/.test(this.line[this.cursor - 1]) ? 2 : 1;
      this.line = this.line.slice(0, this.cursor - n) + this.line.slice(this.cursor);
      this.cursor -= n;
      this._refreshLine();
    }
  }

  _deleteRight() {
    if (this.cursor < this.line.length) {
      const n = /[\uD800-\uDBFF]/.test(this.line[this.cursor]) ? 2 : 1;
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + n);
      this._refreshLine();
    }
  }


  _deleteWordLeft() {
    if (this.cursor > 0) {
      const leading = this.line.slice(0, this.cursor);
      const keep = leading.slice(0, leading.length - wordBack(leading));
      this.line = keep + this.line.slice(this.cursor);
      this.cursor = keep.length;
      this._refreshLine();
    }
  }

  _deleteWordRight() {
    if (this.cursor < this.line.length) {
      const m = /^(?:\s+|\W+|\w+)\s*/.exec(this.line.slice(this.cursor));
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + m[0].length);
      this._refreshLine();
    }
  }

  _wordLeft() {
    if (this.cursor > 0) this._moveCursor(-wordBack(this.line.slice(0, this.cursor)));
  }

  _wordRight() {
    if (this.cursor < this.line.length) {
      const m = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(this.line.slice(this.cursor));
      this._moveCursor(m[0].length);
    }
  }

  _tabComplete() {
    this.pause();
    const done = (err, value) => {
      this.resume();
      if (err) return;
      const [completions, completeOn] = value || [[], ''];
      if (!completions || completions.length === 0) return;
      const unique = [...new Set(completions.filter((c) => c))];
      if (unique.length === 1) {
        this._insertString(unique[0].slice(completeOn.length));
        return;
      }
      let prefix = unique[0];
      for (const c of unique) while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
      this._writeToOutput('\r\n');
      this._writeToOutput(unique.join('  '));
      this._writeToOutput('\r\n');
      if (prefix.length > completeOn.length) this._insertString(prefix.slice(completeOn.length));
      this._refreshLine();
    };
    const line = this.line.slice(0, this.cursor);
    if (this.completer.length === 2) {
      this.completer(line, done);
    } else {
      Promise.resolve().then(() => this.completer(line)).then((v) => done(null, v), done);
    }
  }

  _ttyWrite(s, key) {
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
        const line = this._addHistory();
        this.line = '';
        this.cursor = 0;
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
        case 'h': this._deleteLeft(); return;
        case 'd':
          if (this.cursor === 0 && this.line.length === 0) this.close();
          else this._deleteRight();
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
        case 'a': this._moveCursor(-Infinity); return;
        case 'e': this._moveCursor(+Infinity); return;
        case 'b': this._moveCursor(-1); return;
        case 'f': this._moveCursor(+1); return;
        case 'l':
          cursorTo(this.output, 0, 0);
          clearScreenDown(this.output);
          this._refreshLine();
          return;
        case 'n': this._historyNext(); return;
        case 'p': this._historyPrev(); return;
        case 'delete': this._deleteWordRight(); return;
        case 'w': case 'backspace': this._deleteWordLeft(); return;
        case 'left': this._wordLeft(); return;
        case 'right': this._wordRight(); return;
        default: return;
      }
    }
    if (key.meta) {
      switch (key.name) {
        case 'b': this._wordLeft(); return;
        case 'f': this._wordRight(); return;
        case 'd': this._deleteWordRight(); return;
        case 'backspace': this._deleteWordLeft(); return;
        default: return;
      }
    }
    switch (key.name) {
      case 'return':
        this[kSawReturnAt] = Date.now();
        this._line();
        return;
      case 'enter':
        if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) this._line();
        this[kSawReturnAt] = 0;
        return;
      case 'backspace': this._deleteLeft(); return;
      case 'delete': this._deleteRight(); return;
      case 'left': this._moveCursor(-1); return;
      case 'right': this._moveCursor(+1); return;
      case 'home': this._moveCursor(-Infinity); return;
      case 'end': this._moveCursor(+Infinity); return;
      case 'up': this._historyPrev(); return;
      case 'down': this._historyNext(); return;
      case 'tab':
        if (typeof this.completer === 'function' && this.isCompletionEnabled) {
          this._tabComplete();
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
        this._insertString(s.slice(last, m.index));
        last = lineEnding.lastIndex;
        this._line();
        lineEnding.lastIndex = last;
      }
      this._insertString(s.slice(last));
    }
  }
}

function install(Interface) {
  for (const name of Object.getOwnPropertyNames(Editing.prototype)) {
    if (name !== 'constructor') {
      Object.defineProperty(Interface.prototype, name, Object.getOwnPropertyDescriptor(Editing.prototype, name));
    }
  }
}

module.exports = { install };
