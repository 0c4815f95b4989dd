// SPDX-License-Identifier: Apache-2.0
'use strict';
// node:constants (deprecated, still required by graceful-fs and others): os.constants' dlopen,
// errno, priority and signals, then fs.constants and crypto.constants, in one frozen object.

const os = require('os').constants;
Object.assign(exports, os.dlopen, os.errno, os.priority, os.signals, require('fs').constants,
  require('crypto').constants);
Object.freeze(exports);
