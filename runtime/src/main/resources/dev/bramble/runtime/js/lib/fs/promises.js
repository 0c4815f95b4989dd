// SPDX-License-Identifier: Apache-2.0
'use strict';
// node:fs/promises is the same object as require('fs').promises.

module.exports = require('fs').promises;
