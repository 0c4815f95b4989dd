// SPDX-License-Identifier: Apache-2.0
'use strict';
// Legacy name, kept by Node for old packages: require('_stream_duplex') is stream.Duplex.

module.exports = require('stream').Duplex;
