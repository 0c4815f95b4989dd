// SPDX-License-Identifier: Apache-2.0
'use strict';
// node:tty — isatty() for the standard streams (what debug, supports-color and friends ask), and
// ReadStream/WriteStream over fds 0-2 when they are terminals, with Node's colour-depth rules.

const { Writable, Readable } = require('stream');
const stdio = internalBinding('stdio');
const { define } = require('internal/errors');

const ERR_TTY_INIT_FAILED = define('ERR_TTY_INIT_FAILED',
  'TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)', Error);

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2 && stdio.isatty(fd);
}

function checkFd(fd) {
  if (!isatty(fd)) {
    const err = new ERR_TTY_INIT_FAILED();
    err.name = 'SystemError';
    throw err;
  }
}

// Node's getColorDepth: FORCE_COLOR, NO_COLOR, CI systems, COLORTERM and TERM, in that order.
function getColorDepth(env = process.env) {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === '1' || force === 'true') return 4;
    if (force === '2') return 8;
    if (force === '3') return 24;
    return 1;
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return 1;
  if (env.TMUX) return 24;
  if (env.CI) {
    if (['GITHUB_ACTIONS', 'GITEA_ACTIONS', 'CIRCLECI'].some((k) => k in env)) return 24;
    if (['TRAVIS', 'APPVEYOR', 'GITLAB_CI', 'BUILDKITE', 'DRONE'].some((k) => k in env) || env.CI_NAME === 'codeship') return 8;
    return 1;
  }
  if (env.TEAMCITY_VERSION) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 4 : 1;
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? 8 : 24;
    case 'HyperTerm':
    case 'MacTerm':
      return 24;
    case 'Apple_Terminal':
      return 8;
    default:
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM) || /truecolor/.test(env.TERM)) return env.TERM.includes('truecolor') ? 24 : 8;
    if (/^(xterm|screen|vt100|vt220|rxvt|color|ansi|cygwin|linux|konsole|eterm|kitty|alacritty)/i.test(env.TERM)) return 4;
  }
  if (env.COLORTERM) return 4;
  return 1;
}

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  checkFd(fd);
  Writable.call(this, {
    decodeStrings: false,
    write(chunk, encoding, cb) {
      if (typeof chunk === 'string') stdio.write(fd, chunk);
      else stdio.writeBuffer(fd, chunk);
      cb();
    },
  });
  this.fd = fd;
  this._type = 'tty';
  this.isTTY = true;
  this.columns = stdio.columns();
  this.rows = 24;
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = function (env) {
  return getColorDepth(env);
};
WriteStream.prototype.hasColors = function (count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  }
  return count <= 2 ** getColorDepth(env);
};
WriteStream.prototype.getWindowSize = function () {
  return [this.columns, this.rows];
};
WriteStream.prototype.clearLine = function (dir, cb) {
  return this.write(dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K', cb);
};
WriteStream.prototype.clearScreenDown = function (cb) {
  return this.write('\x1b[0J', cb);
};
WriteStream.prototype.cursorTo = function (x, y, cb) {
  if (typeof y === 'function') {
    cb = y;
    y = undefined;
  }
  return this.write(typeof y !== 'number' ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`, cb);
};
WriteStream.prototype.moveCursor = function (dx, dy, cb) {
  let s = '';
  if (dx < 0) s += `\x1b[${-dx}D`;
  else if (dx > 0) s += `\x1b[${dx}C`;
  if (dy < 0) s += `\x1b[${-dy}A`;
  else if (dy > 0) s += `\x1b[${dy}B`;
  return this.write(s, cb);
};

// stdin as a tty: the same data as process.stdin (raw mode is the REPL's, through JLine).
function ReadStream(fd) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd);
  checkFd(fd);
  Readable.call(this, {
    read() {
      stdio.readStart((ab) => {
        if (ab === null) this.push(null);
        else this.push(Buffer.from(new ArrayBuffer(ab)));
      });
    },
  });
  this.fd = fd;
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

ReadStream.prototype.setRawMode = function (flag) {
  this.isRaw = !!flag;
  return this;
};

const { Buffer } = require('buffer');

module.exports = { isatty, ReadStream, WriteStream };
