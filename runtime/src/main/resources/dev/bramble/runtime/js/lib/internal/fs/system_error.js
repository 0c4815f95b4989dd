// SPDX-License-Identifier: Apache-2.0
'use strict';
// Node's SystemError (ERR_FS_EISDIR, ERR_FS_CP_*): the message names the syscall and code, the
// details sit in `info`, and errno/syscall/path/dest are accessors onto it.

const prefixes = {
  ERR_FS_EISDIR: 'Path is a directory',
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite non-directory with directory',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_FIFO_PIPE: 'Cannot copy a FIFO pipe',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_SOCKET: 'Cannot copy a socket file',
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot overwrite symlink in subdirectory of self',
  ERR_FS_CP_UNKNOWN: 'Cannot copy an unknown file type',
};

class SystemError extends Error {
  constructor(key, context) {
    let message = `${prefixes[key]}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);
    this.code = key;
    const accessor = (name) => ({
      get() { return context[name]; },
      set(value) { context[name] = value; },
      enumerable: true,
      configurable: true,
    });
    Object.defineProperty(this, 'name', { value: `SystemError [${key}]`, enumerable: false, writable: true, configurable: true });
    void this.stack;
    Object.defineProperties(this, {
      name: { value: 'SystemError', enumerable: false, writable: true, configurable: true },
      info: { value: context, enumerable: true, configurable: true, writable: false },
      errno: accessor('errno'),
      syscall: accessor('syscall'),
    });
    if (context.path !== undefined) Object.defineProperty(this, 'path', accessor('path'));
    if (context.dest !== undefined) Object.defineProperty(this, 'dest', accessor('dest'));
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

/** new (errorFor('ERR_FS_EISDIR'))({ code, message, path, syscall, errno }), as Node's classes are used. */
function errorFor(key) {
  return class extends SystemError {
    constructor(context) {
      super(key, context);
    }
  };
}

const errnos = { EINVAL: 22, EISDIR: 21, ENOTDIR: 20, EEXIST: 17 };

module.exports = { SystemError, errorFor, errnos };
