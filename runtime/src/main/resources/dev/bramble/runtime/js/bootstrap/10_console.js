// SPDX-License-Identifier: Apache-2.0
'use strict';
// Installs the global `console`.

Object.defineProperty(globalThis, 'console', {
  value: require('internal/console/global'),
  writable: true,
  configurable: true,
  enumerable: false,
});
