// SPDX-License-Identifier: Apache-2.0
'use strict';
// process.stdout and process.stderr: Writable streams over fds 1 and 2, written synchronously
// through the stdio binding (as Node does for files and pipes). They are made on first use:
// a stream needs the whole stream module, which the global console does without (see
// internal/console/global), so `console.log('hi')` starts fast.

const stdio = internalBinding('stdio');
const streams = [undefined, undefined, undefined];

function make(fd) {
  const { Writable } = require('stream');
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) {
      if (typeof chunk === 'string') stdio.write(fd, chunk);
      else stdio.writeBuffer(fd, chunk);
      cb();
    },
  });
  Object.assign(stream, describe(fd));
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = (err, cb) => cb(err);
  return stream;
}

/** What console and util need to know of fd 1 or 2 (a TTY's size and colours) without a stream. */
function describe(fd) {
  const isTTY = stdio.isatty(fd);
  const info = { fd, isTTY: isTTY || undefined };
  if (isTTY) {
    info.columns = stdio.columns();
    info.rows = 24;
    info.getColorDepth = () => 8;
    info.hasColors = (n = 16) => n <= 256;
  }
  return info;
}

function get(fd) {
  return (streams[fd] ??= make(fd));
}

function created(fd) {
  return streams[fd] !== undefined;
}

module.exports = { get, created, describe };
