// SPDX-License-Identifier: Apache-2.0
'use strict';
// Legacy name, kept by Node for old packages: require('_stream_writable') is stream.Writable.

module.exports = require('stream').Writable;
