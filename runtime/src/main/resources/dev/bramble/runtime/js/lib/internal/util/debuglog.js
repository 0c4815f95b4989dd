// SPDX-License-Identifier: Apache-2.0
'use strict';
// util.debuglog(section): a logger that writes "SECTION PID: message" to stderr when NODE_DEBUG
// names the section (comma separated, `*` wildcards, case-insensitive).

let testEnabled;
const impls = { __proto__: null };

function initialize() {
  let spec = '';
  try {
    spec = process.env.NODE_DEBUG || '';
  } catch {
    // Without --allow-env the variable cannot be read: logging stays off.
  }
  if (spec) {
    const pattern = spec.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*').replaceAll(',', '$|^');
    const re = new RegExp(`^${pattern}$`, 'i');
    testEnabled = (section) => re.test(section);
  } else {
    testEnabled = () => false;
  }
}

function makeImpl(enabled, section) {
  if (impls[section] === undefined) {
    if (enabled) {
      if (section === 'HTTP' || section === 'HTTP2') {
        process.emitWarning(`Setting the NODE_DEBUG environment variable to '${section.toLowerCase()}' ` +
          'can expose sensitive data (such as passwords, tokens and authentication headers) in the resulting log.');
      }
      const { format, formatWithOptions } = require('internal/util/format');
      const { inspect } = require('internal/util/inspect');
      impls[section] = function debug(...args) {
        const colors = Boolean(process.stderr && process.stderr.isTTY && process.stderr.hasColors &&
          process.stderr.hasColors());
        const msg = formatWithOptions({ colors }, ...args);
        process.stderr.write(format('%s %s: %s\n', section, inspect(process.pid, { colors }), msg));
      };
    } else {
      impls[section] = () => {};
    }
  }
  return impls[section];
}

// The environment is read on first use, not when the logger is created.
function debuglog(section, cb) {
  let enabled;
  function init() {
    if (testEnabled === undefined) initialize();
    section = String(section).toUpperCase();
    enabled = testEnabled(section);
  }
  let debug = (...args) => {
    init();
    debug = makeImpl(enabled, section);
    if (typeof cb === 'function') cb(debug);
    return debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    get() {
      return test();
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = { debuglog };
