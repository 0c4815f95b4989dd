// SPDX-License-Identifier: Apache-2.0
'use strict';
// node:stream is readable-stream 4, the npm package that is Node's own lib/internal/streams
// (vendored as a WebJar, see loader.js): Readable, Writable, Duplex, Transform, PassThrough,
// pipeline, finished, compose, addAbortSignal and the rest, with core's errors; node20.js covers
// where Node 20 differs from it.

module.exports = require('internal/streams/node20').apply(require('vendor/readable-stream/lib/stream.js'));
