// SPDX-License-Identifier: Apache-2.0
'use strict';
// fs.ReadStream and fs.WriteStream on the stream module's Readable/Writable, as in Node: the fd is
// opened in _construct ('open' then 'ready'), reads go a highWaterMark at a time from start to end
// (inclusive), and the fd is closed on destroy when autoClose. With the default fs, chunks go
// straight through the binding: what Java read becomes the pushed Buffer without a copy.

const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const { codes: { ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateInteger, validateFunction } = require('internal/buffer/validate');
const {
  binding, getOptions, copyObject, getValidatedFd, pathArg, stringToFlags, parseFileMode, fromBinding, span, spans,
} = require('internal/fs/utils');

const kFs = Symbol('kFs');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');
const kDefaultFs = Symbol('kDefaultFs');

function lazyFs() {
  return require('fs');
}

function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || lazyFs();
    stream[kDefaultFs] = !options.fs;
    return getValidatedFd(options.fd, 'options.fd');
  }
  if (options.fd != null && typeof options.fd === 'object' && typeof options.fd.fd === 'number') {
    // A FileHandle: its fd, closed through the handle.
    const handle = options.fd;
    stream[kDefaultFs] = false;
    stream[kFs] = {
      read: (fd, buf, off, len, pos, cb) => handle.read(buf, off, len, pos).then((r) => cb(null, r.bytesRead, r.buffer), cb),
      write: (fd, buf, off, len, pos, cb) => handle.write(buf, off, len, pos).then((r) => cb(null, r.bytesWritten, r.buffer), cb),
      writev: (fd, bufs, pos, cb) => handle.writev(bufs, pos).then((r) => cb(null, r.bytesWritten, r.buffers), cb),
      close: (fd, cb) => handle.close().then(() => cb(), cb),
    };
    return handle.fd;
  }
  if (options.fd != null) throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
  stream[kFs] = options.fs || lazyFs();
  stream[kDefaultFs] = !options.fs;
  return null;
}

function validateFsMethods(stream, names) {
  if (stream[kDefaultFs]) return;
  for (const name of names) {
    if (stream[kFs][name] !== undefined) validateFunction(stream[kFs][name], `options.fs.${name}`);
  }
}

function construct(stream, callback) {
  if (typeof stream.fd === 'number') return callback();
  const done = (err, fd) => {
    if (err) return callback(err);
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  };
  if (stream[kDefaultFs]) {
    const api = stream instanceof Readable ? 'fs.createReadStream()' : 'fs.createWriteStream()';
    try {
      binding.open(pathArg(stream.path), stringToFlags(stream.flags), stream.mode, api, done);
    } catch (err) {
      callback(err);
    }
  } else {
    stream[kFs].open(stream.path, stream.flags, stream.mode, done);
  }
}

function closeStream(stream, err, cb) {
  if (stream.fd == null) return cb(err);
  const fd = stream.fd;
  stream.fd = null;
  if (stream[kDefaultFs]) binding.close(fd, (er) => cb(er || err));
  else stream[kFs].close(fd, (er) => cb(er || err));
}

function destroyStream(stream, err, cb) {
  if (stream[kIsPerformingIO]) stream.once(kIoDone, (er) => closeStream(stream, err || er, cb));
  else closeStream(stream, err, cb);
}

// ---- ReadStream ----

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyObject(getOptions(options, {}));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  this.fd = importFd(this, options);
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  if (this.fd == null) {
    this.path = typeof path === 'string' ? path : require('internal/fs/utils').toPathIfFileURL(path);
    pathArg(this.path);
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : parseFileMode(options.mode, 'mode');
    validateFsMethods(this, ['open', 'read', 'close']);
  } else {
    this.path = undefined;
    this.flags = undefined;
    this.mode = undefined;
    validateFsMethods(this, ['read', 'close']);
  }
  this.start = options.start;
  this.end = options.end ?? Infinity;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() { return this._readableState.autoDestroy; },
  set(val) { this._readableState.autoDestroy = val; },
});

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

ReadStream.prototype._construct = function (callback) {
  construct(this, callback);
};

ReadStream.prototype._read = function (n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const onRead = (er, bytesRead, buf) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      require('vendor/readable-stream/lib/internal/streams/destroy.js').errorOrDestroy(this, er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      if (bytesRead !== buf.length) {
        const dst = Buffer.allocUnsafeSlow(bytesRead);
        buf.copy(dst, 0, 0, bytesRead);
        buf = dst;
      }
      this.push(buf);
    } else {
      this.push(null);
    }
  };
  this[kIsPerformingIO] = true;
  if (this[kDefaultFs]) {
    binding.read(this.fd, n, this.pos ?? -1, (er, bytes) => {
      if (er) return onRead(er);
      const buf = fromBinding(bytes);
      onRead(null, buf.length, buf);
    });
  } else {
    this[kFs].read(this.fd, Buffer.allocUnsafeSlow(n), 0, n, this.pos ?? null, onRead);
  }
};

ReadStream.prototype._destroy = function (err, cb) {
  destroyStream(this, err, cb);
};

ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

// ---- WriteStream ----

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, {}));
  options.decodeStrings = true;
  this.fd = importFd(this, options);
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  if (this.fd == null) {
    this.path = typeof path === 'string' ? path : require('internal/fs/utils').toPathIfFileURL(path);
    pathArg(this.path);
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : parseFileMode(options.mode, 'mode');
    validateFsMethods(this, ['open', 'write', 'close']);
  } else {
    this.path = undefined;
    this.flags = undefined;
    this.mode = undefined;
    validateFsMethods(this, ['write', 'close']);
  }
  if (!this[kDefaultFs] && this[kFs].write === undefined && this[kFs].writev === undefined) {
    throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', this[kFs].write);
  }
  if (this[kFs].write === undefined && !this[kDefaultFs]) options.write = null;
  if (this[kFs].writev === undefined && !this[kDefaultFs]) options.writev = null;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() { return this._writableState.autoDestroy; },
  set(val) { this._writableState.autoDestroy = val; },
});

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

WriteStream.prototype._construct = function (callback) {
  construct(this, callback);
};

function afterWrite(stream, size, cb) {
  return (er, bytes) => {
    stream[kIsPerformingIO] = false;
    if (stream.destroyed) {
      cb(er);
      return stream.emit(kIoDone, er);
    }
    if (er) return cb(er);
    stream.bytesWritten += bytes ?? size;
    cb();
  };
}

WriteStream.prototype._write = function (data, encoding, cb) {
  this[kIsPerformingIO] = true;
  const done = afterWrite(this, data.length, cb);
  if (this[kDefaultFs]) binding.write(this.fd, ...span(data), this.pos ?? -1, done);
  else this[kFs].write(this.fd, data, 0, data.length, this.pos ?? null, done);
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function (data, cb) {
  const chunks = data.map((d) => d.chunk);
  const size = chunks.reduce((n, c) => n + c.length, 0);
  this[kIsPerformingIO] = true;
  const done = afterWrite(this, size, cb);
  if (this[kDefaultFs]) binding.writev(this.fd, spans(chunks), this.pos ?? -1, done);
  else this[kFs].writev(this.fd, chunks, this.pos ?? null, done);
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = function (err, cb) {
  destroyStream(this, err, cb);
};

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = {
  ReadStream, WriteStream, FileReadStream: ReadStream, FileWriteStream: WriteStream,
};
