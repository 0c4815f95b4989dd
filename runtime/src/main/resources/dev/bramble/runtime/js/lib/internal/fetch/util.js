// SPDX-License-Identifier: Apache-2.0
'use strict';
// Small helpers the fetch classes share.

function isURLSearchParams(v) {
  return v instanceof URLSearchParams;
}

function webidlObject(value, context, name) {
  if (value !== undefined && value !== null && typeof value !== 'object' && typeof value !== 'function') {
    throw new TypeError(`${context}: Expected ${name} to be one of: Null, Undefined, Object.`);
  }
}

module.exports = { isURLSearchParams, webidlObject };
