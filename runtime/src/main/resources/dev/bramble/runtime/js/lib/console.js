// SPDX-License-Identifier: Apache-2.0
'use strict';
// node:console — the global console object (also `console.Console`), whatever globalThis.console
// has been replaced with since.

module.exports = require('internal/console/global');
