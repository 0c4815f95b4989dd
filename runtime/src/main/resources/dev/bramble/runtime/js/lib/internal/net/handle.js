// SPDX-License-Identifier: Apache-2.0
'use strict';
// The JS face of a connected socket's Java handle, as Node's TCPWrap is to net.Socket: it keeps
// `reading`, turns the binding's callbacks into calls on the owning socket, and runs close
// callbacks once the channel is closed. npm packages poke at socket._handle; this is what they see.

const { Buffer } = require('buffer');

const kOwner = Symbol('owner');

class SocketHandle {
  constructor(java, isTls = false) {
    this._java = java;
    this[kOwner] = null;
    this.reading = false;
    this.closed = false;
    this.closing = false;
    this.isTls = isTls;
    this._closeCallbacks = [];
    java.setOwner({
      onread: (ab) => {
        const owner = this[kOwner];
        if (owner !== null) owner._onHandleRead(Buffer.from(new ArrayBuffer(ab)));
      },
      onend: () => {
        const owner = this[kOwner];
        if (owner !== null) owner._onHandleEnd();
      },
      onerror: (errno, detail) => {
        const owner = this[kOwner];
        if (owner !== null) owner._onHandleError(errno, detail);
      },
      onwritable: () => {
        const owner = this[kOwner];
        if (owner !== null) owner._onHandleWritable();
      },
      onclose: () => this._onClosed(),
      onhandshake: (error) => {
        const owner = this[kOwner];
        if (owner !== null && owner._onHandshake) owner._onHandshake(error);
      },
    });
  }

  setOwner(owner) {
    this[kOwner] = owner;
  }

  get owner() {
    return this[kOwner];
  }

  // Close callbacks run after the immediates of this turn, as libuv's close phase follows its check phase.
  _onClosed() {
    this.closed = true;
    this.reading = false;
    const owner = this[kOwner];
    if (owner !== null && owner._onHandleClosed) owner._onHandleClosed(this);
    setImmediate(() => this._runCloseCallbacks());
  }

  _runCloseCallbacks() {
    const callbacks = this._closeCallbacks;
    this._closeCallbacks = [];
    for (const cb of callbacks) cb();
  }

  readStart() {
    if (this.closed) return;
    this.reading = true;
    this._java.readStart();
  }

  readStop() {
    if (this.closed) return;
    this.reading = false;
    this._java.readStop();
  }

  // true: the write was taken and the stream may go on; false: wait for the owner's _onHandleWritable.
  write(chunk, encoding) {
    if (this.closed) return true;
    if (typeof chunk === 'string') {
      switch (encoding) {
        case 'utf8': case 'utf-8': case undefined: case null: return this._java.writeUtf8(chunk);
        case 'latin1': case 'binary': return this._java.writeLatin1(chunk);
        default: chunk = Buffer.from(chunk, encoding);
      }
    }
    return this._java.write(chunk);
  }

  shutdown(cb) {
    if (this.closed) {
      process.nextTick(cb, 0);
      return;
    }
    this._java.shutdown(cb);
  }

  close(cb) {
    if (typeof cb === 'function') {
      this._closeCallbacks.push(cb);
      if (this.closed) setImmediate(() => this._runCloseCallbacks());
    }
    if (!this.closing && !this.closed) {
      this.closing = true;
      this._java.close();
    }
  }

  reset(cb) {
    if (typeof cb === 'function') {
      this._closeCallbacks.push(cb);
      if (this.closed) setImmediate(() => this._runCloseCallbacks());
    }
    if (!this.closing && !this.closed) {
      this.closing = true;
      this._java.reset();
    }
    return 0;
  }

  get writeQueueSize() {
    return this.closed ? 0 : Number(this._java.queued());
  }

  get bytesWritten() {
    return Number(this._java.bytesWritten());
  }

  setNoDelay(on) {
    if (!this.closed) this._java.setNoDelay(on);
    return 0;
  }

  setKeepAlive(on, delaySeconds) {
    if (!this.closed) this._java.setKeepAlive(on, delaySeconds | 0);
    return 0;
  }

  ref() {
    this._java.ref();
  }

  unref() {
    this._java.unref();
  }

  hasRef() {
    return this._java.hasRef();
  }

  getsockname(out) {
    return fill(out, this.closed ? null : this._java.localAddress());
  }

  getpeername(out) {
    return fill(out, this.closed ? null : this._java.remoteAddress());
  }
}

// Node's getsockname/getpeername shape: {address, family, port} for IP, nothing for a Unix socket.
function fill(out, info) {
  if (info == null) return -9; // EBADF
  if (info.length === 3) {
    out.address = info[0];
    out.family = info[2];
    out.port = info[1];
  }
  return 0;
}

module.exports = { SocketHandle, kOwner, fill };
