// SPDX-License-Identifier: Apache-2.0
'use strict';
// node:stream/web — the WHATWG streams (see internal/webstreams). CompressionStream and
// DecompressionStream are not here yet.

module.exports = require('internal/webstreams/index');
