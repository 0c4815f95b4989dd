// SPDX-License-Identifier: Apache-2.0
'use strict';
// Symbol.dispose and Symbol.asyncDispose, which Node 20 defines and GraalJS does not have yet.
// They are the registered symbols core's events already falls back to, so whichever module looked
// first (events, or readable-stream through its primordials) agrees on the key.

for (const [name, key] of [['dispose', 'nodejs.dispose'], ['asyncDispose', 'nodejs.asyncDispose']]) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, { value: Symbol.for(key), writable: false, enumerable: false, configurable: false });
  }
}
