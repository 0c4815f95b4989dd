// SPDX-License-Identifier: Apache-2.0
'use strict';
// Between Node streams and web streams: Readable.fromWeb/toWeb, Writable.fromWeb/toWeb and
// Duplex.fromWeb/toWeb, with backpressure carried across (a web reader is only read when the
// Node side asks, a Node stream is paused when the web queue is full).

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { ReadableStream, WritableStream, CountQueuingStrategy, ByteLengthQueuingStrategy } = require('internal/webstreams/index');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_STATE } = codes;

function stream() {
  return require('stream');
}

function toChunk(value, objectMode, encoding) {
  if (objectMode) return value;
  if (typeof value === 'string') return Buffer.from(value, encoding);
  if (ArrayBuffer.isView(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], value);
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!(readableStream instanceof ReadableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new (stream().Readable)({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then(({ value, done }) => {
        if (done) readable.push(null);
        else readable.push(objectMode ? value : toChunk(value, false));
      }, (error) => readable.destroy(error));
    },
    destroy(error, callback) {
      const done = () => callback(error);
      if (!closed) reader.cancel(error).then(done, done);
      else done();
    },
  });
  reader.closed.then(() => { closed = true; }, (error) => {
    closed = true;
    readable.destroy(error);
  });
  return readable;
}

function newReadableStreamFromStreamReadable(readable, options = {}) {
  if (typeof readable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', readable);
  }
  const objectMode = readable.readableObjectMode;
  const highWaterMark = readable.readableHighWaterMark;
  const strategy = options.strategy || (objectMode
    ? new CountQueuingStrategy({ highWaterMark })
    : { highWaterMark, size: (chunk) => chunk.byteLength });
  let controller;
  const onData = (chunk) => {
    const value = objectMode ? chunk : new Uint8Array(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    controller.enqueue(value);
    if (controller.desiredSize <= 0) readable.pause();
  };
  const cleanup = stream().finished(readable, (error) => {
    if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') {
      const { AbortError } = require('internal/errors');
      error = new AbortError(undefined, { cause: error });
    }
    cleanup();
    readable.on('error', () => {});
    if (error) return controller.error(error);
    try {
      controller.close();
    } catch {
      // already closed or errored
    }
  });
  readable.on('data', onData);
  return new ReadableStream({
    start(c) {
      controller = c;
      readable.pause();
    },
    pull() {
      readable.resume();
    },
    cancel(reason) {
      readable.destroy(reason);
    },
  }, strategy);
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!(writableStream instanceof WritableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new (stream().Writable)({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    write(chunk, encoding, callback) {
      writer.ready.then(() => writer.write(chunk)).then(() => callback(), callback);
    },
    writev(chunks, callback) {
      writer.ready.then(() => Promise.all(chunks.map(({ chunk }) => writer.write(chunk)))).then(() => callback(), callback);
    },
    final(callback) {
      if (closed) return callback();
      writer.close().then(() => callback(), callback);
    },
    destroy(error, callback) {
      const done = () => callback(error);
      if (!closed) {
        if (error) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
      } else {
        done();
      }
    },
  });
  writer.closed.then(() => { closed = true; }, (error) => {
    closed = true;
    writable.destroy(error);
  });
  return writable;
}

function newWritableStreamFromStreamWritable(writable) {
  if (typeof writable?._writableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', writable);
  }
  let pendingDrain = null;
  const onDrain = () => {
    if (pendingDrain) {
      const resolve = pendingDrain;
      pendingDrain = null;
      resolve();
    }
  };
  writable.on('drain', onDrain);
  const strategy = writable.writableObjectMode
    ? new CountQueuingStrategy({ highWaterMark: writable.writableHighWaterMark })
    : new ByteLengthQueuingStrategy({ highWaterMark: writable.writableHighWaterMark });
  return new WritableStream({
    start(controller) {
      stream().finished(writable, (error) => {
        writable.off('drain', onDrain);
        if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') controller.error(error);
      });
    },
    write(chunk) {
      if (writable.writableNeedDrain || !writable.write(chunk)) {
        return new Promise((resolve) => { pendingDrain = resolve; });
      }
      return undefined;
    },
    abort(reason) {
      writable.destroy(reason);
    },
    close() {
      if (writable.writableEnded) return undefined;
      return new Promise((resolve, reject) => {
        writable.end((error) => (error ? reject(error) : resolve()));
      });
    },
  }, strategy);
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  const { readable: readableStream, writable: writableStream } = pair;
  if (!(readableStream instanceof ReadableStream)) throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  if (!(writableStream instanceof WritableStream)) throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  const readable = newStreamReadableFromReadableStream(readableStream, options);
  const writable = newStreamWritableFromWritableStream(writableStream, options);
  const { Duplex } = stream();
  const duplex = new Duplex({
    allowHalfOpen: options.allowHalfOpen ?? false,
    objectMode: options.objectMode,
    decodeStrings: options.decodeStrings,
    read() {
      readable.resume();
    },
    write(chunk, encoding, callback) {
      writable.write(chunk, encoding, callback);
    },
    final(callback) {
      writable.end(callback);
    },
    destroy(error, callback) {
      readable.destroy(error);
      writable.destroy(error);
      callback(error);
    },
  });
  readable.on('data', (chunk) => {
    if (!duplex.push(chunk)) readable.pause();
  });
  readable.on('end', () => duplex.push(null));
  readable.on('error', (e) => duplex.destroy(e));
  writable.on('error', (e) => duplex.destroy(e));
  readable.pause();
  return duplex;
}

function newReadableWritablePairFromDuplex(duplex) {
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  return {
    readable: newReadableStreamFromStreamReadable(duplex),
    writable: newWritableStreamFromStreamWritable(duplex),
  };
}

module.exports = {
  newStreamReadableFromReadableStream,
  newReadableStreamFromStreamReadable,
  newStreamWritableFromWritableStream,
  newWritableStreamFromStreamWritable,
  newStreamDuplexFromReadableWritablePair,
  newReadableWritablePairFromDuplex,
  ERR_INVALID_STATE,
};
