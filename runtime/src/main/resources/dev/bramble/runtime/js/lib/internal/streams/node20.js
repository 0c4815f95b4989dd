// SPDX-License-Identifier: Apache-2.0
'use strict';
// readable-stream 4 is Node 18's stream code; Node 20 also takes any TypedArray or DataView as a
// chunk of a byte stream (not just a Uint8Array) and says so in its error. This brings the
// vendored classes to Node 20's behaviour, once, when `stream` is first loaded.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { errorOrDestroy } = require('vendor/readable-stream/lib/internal/streams/destroy.js');

const ACCEPTED = ['string', 'Buffer', 'TypedArray', 'DataView'];

function isBadChunk(chunk, objectMode) {
  return !objectMode && chunk != null && typeof chunk !== 'string' && !ArrayBuffer.isView(chunk);
}

function apply(Stream) {
  // The vendored Readable and Writable test chunks with these two.
  Stream._isUint8Array = (chunk) => ArrayBuffer.isView(chunk);
  Stream._uint8ArrayToBuffer = (chunk) => Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

  const { write } = Stream.Writable.prototype;
  Stream.Writable.prototype.write = function (chunk, encoding, cb) {
    const state = this._writableState;
    if (state && isBadChunk(chunk, state.objectMode)) throw new ERR_INVALID_ARG_TYPE('chunk', ACCEPTED, chunk);
    return write.call(this, chunk, encoding, cb);
  };

  for (const name of ['push', 'unshift']) {
    const original = Stream.Readable.prototype[name];
    Stream.Readable.prototype[name] = function (chunk, encoding) {
      const state = this._readableState;
      if (state && isBadChunk(chunk, state.objectMode)) {
        errorOrDestroy(this, new ERR_INVALID_ARG_TYPE('chunk', ACCEPTED, chunk));
        return false;
      }
      return original.call(this, chunk, encoding);
    };
  }
  // Node's bridges to web streams (internal/webstreams/adapters), loaded on first use.
  const adapters = () => require('internal/webstreams/adapters');
  Stream.Readable.fromWeb = (readableStream, options) => adapters().newStreamReadableFromReadableStream(readableStream, options);
  Stream.Readable.toWeb = (streamReadable, options) => adapters().newReadableStreamFromStreamReadable(streamReadable, options);
  Stream.Writable.fromWeb = (writableStream, options) => adapters().newStreamWritableFromWritableStream(writableStream, options);
  Stream.Writable.toWeb = (streamWritable) => adapters().newWritableStreamFromStreamWritable(streamWritable);
  Stream.Duplex.fromWeb = (pair, options) => adapters().newStreamDuplexFromReadableWritablePair(pair, options);
  Stream.Duplex.toWeb = (duplex) => adapters().newReadableWritablePairFromDuplex(duplex);
  return Stream;
}

module.exports = { apply };
