// SPDX-License-Identifier: Apache-2.0
'use strict';
// Legacy name, kept by Node for old packages: require('_stream_transform') is stream.Transform.

module.exports = require('stream').Transform;
