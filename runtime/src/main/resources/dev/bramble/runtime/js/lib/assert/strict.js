// SPDX-License-Identifier: Apache-2.0
'use strict';
// node:assert/strict — assert in strict mode (equal is strictEqual, deepEqual is deepStrictEqual).

module.exports = require('assert').strict;
