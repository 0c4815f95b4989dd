// SPDX-License-Identifier: Apache-2.0
'use strict';
// Legacy name, kept by Node for old packages: require('_stream_readable') is stream.Readable.

module.exports = require('stream').Readable;
