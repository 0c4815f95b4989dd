// SPDX-License-Identifier: Apache-2.0
'use strict';
// node:stream/promises: pipeline and finished returning promises (readable-stream's, see stream.js).

module.exports = require('vendor/readable-stream/lib/stream/promises.js');
