// SPDX-License-Identifier: Apache-2.0
'use strict';
// process.stdin: a Readable fed by the binding's reader thread, started on first read, so a
// program that never touches stdin is not kept alive by it.

const stdio = internalBinding('stdio');

function create() {
  const { Readable } = require('stream');
  const stream = new Readable({
    read() {
      stdio.readStart(onData);
    },
  });
  function onData(chunk) {
    if (chunk == null) {
      stream.push(null);
      return;
    }
    if (!stream.push(Buffer.from(new ArrayBuffer(chunk)))) stdio.readStop();
  }
  stream.on('pause', () => stdio.readStop());
  stream.fd = 0;
  stream.isTTY = stdio.isatty(0) || undefined;
  stream.setRawMode = () => stream;
  stream.isRaw = false;
  return stream;
}

module.exports = { create };
