// SPDX-License-Identifier: Apache-2.0
'use strict';
// WHATWG streams: web-streams-polyfill (vendored as a WebJar) gives the classes; here they get
// Node 20's inspect output, and TextEncoderStream/TextDecoderStream are added on top.

const ponyfill = require('vendor/web-streams-polyfill/dist/ponyfill.es2018.js');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const {
  ReadableStream, WritableStream, TransformStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader,
  ReadableByteStreamController, WritableStreamDefaultWriter,
} = ponyfill;

function show(name, fields) {
  return function inspect(depth, options, fmt) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${name} ${fmt(fields(this), opts)}`;
  };
}

function define(proto, fn) {
  Object.defineProperty(proto, customInspect, { value: fn, writable: true, configurable: true });
}

define(ReadableStream.prototype, show('ReadableStream', (s) => ({
  locked: s.locked,
  state: s._state,
  supportsBYOB: s._readableStreamController instanceof ReadableByteStreamController,
})));
define(WritableStream.prototype, show('WritableStream', (s) => ({ locked: s.locked, state: s._state })));
define(TransformStream.prototype, show('TransformStream', (s) => ({
  readable: s.readable, writable: s.writable, backpressure: s._backpressure,
})));
for (const [Reader, name] of [[ReadableStreamDefaultReader, 'ReadableStreamDefaultReader'],
  [ReadableStreamBYOBReader, 'ReadableStreamBYOBReader']]) {
  define(Reader.prototype, show(name, (r) => ({
    stream: r._ownerReadableStream,
    readRequests: (r._readRequests || r._readIntoRequests || { length: 0 }).length,
    close: r._closedPromise,
  })));
}
define(WritableStreamDefaultWriter.prototype, show('WritableStreamDefaultWriter', (w) => ({
  stream: w._ownerWritableStream, close: w._closedPromise, ready: w._readyPromise, desiredSize: w.desiredSize,
})));

const kEncoding = Symbol('encoding');
const kTransform = Symbol('transform');

// Text in, UTF-8 bytes out; a lone high surrogate at a chunk's end waits for the next chunk.
class TextEncoderStream {
  constructor() {
    let pending = '';
    const { TextEncoder } = require('internal/encoding');
    const encoder = new TextEncoder();
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        let s = pending + `${chunk}`;
        pending = '';
        const last = s.charCodeAt(s.length - 1);
        if (last >= 0xD800 && last <= 0xDBFF) {
          pending = s[s.length - 1];
          s = s.slice(0, -1);
        }
        if (s.length > 0) controller.enqueue(encoder.encode(s));
      },
      flush(controller) {
        if (pending) controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
      },
    });
  }

  get encoding() { return 'utf-8'; }

  get readable() { return this[kTransform].readable; }

  get writable() { return this[kTransform].writable; }

  [customInspect](depth, options, fmt) {
    if (depth < 0) return this;
    return `TextEncoderStream ${fmt({ encoding: this.encoding, readable: this.readable, writable: this.writable },
      { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const { TextDecoder } = require('internal/encoding');
    const decoder = new TextDecoder(encoding, options);
    this[kEncoding] = decoder;
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        const s = decoder.decode(chunk, { stream: true });
        if (s) controller.enqueue(s);
      },
      flush(controller) {
        const s = decoder.decode();
        if (s) controller.enqueue(s);
      },
    });
  }

  get encoding() { return this[kEncoding].encoding; }

  get fatal() { return this[kEncoding].fatal; }

  get ignoreBOM() { return this[kEncoding].ignoreBOM; }

  get readable() { return this[kTransform].readable; }

  get writable() { return this[kTransform].writable; }

  [customInspect](depth, options, fmt) {
    if (depth < 0) return this;
    return `TextDecoderStream ${fmt({
      encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM, readable: this.readable, writable: this.writable,
    }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}
for (const C of [TextEncoderStream, TextDecoderStream]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}

module.exports = {
  ReadableStream: ponyfill.ReadableStream,
  ReadableStreamDefaultReader: ponyfill.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: ponyfill.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: ponyfill.ReadableStreamBYOBRequest,
  ReadableByteStreamController: ponyfill.ReadableByteStreamController,
  ReadableStreamDefaultController: ponyfill.ReadableStreamDefaultController,
  TransformStream: ponyfill.TransformStream,
  TransformStreamDefaultController: ponyfill.TransformStreamDefaultController,
  WritableStream: ponyfill.WritableStream,
  WritableStreamDefaultWriter: ponyfill.WritableStreamDefaultWriter,
  WritableStreamDefaultController: ponyfill.WritableStreamDefaultController,
  ByteLengthQueuingStrategy: ponyfill.ByteLengthQueuingStrategy,
  CountQueuingStrategy: ponyfill.CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
};
