// SPDX-License-Identifier: Apache-2.0
'use strict';
// `path` is path.posix on Linux; path.posix and path.win32 point at each other as in Node.

const { posix } = require('internal/path/posix');
const { win32 } = require('internal/path/win32');

posix.win32 = win32;
win32.win32 = win32;
posix.posix = posix;
win32.posix = posix;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = posix;
