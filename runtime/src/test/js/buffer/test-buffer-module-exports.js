'use strict';
const buffer = require('buffer');
console.log(buffer.kMaxLength, buffer.constants, buffer.INSPECT_MAX_BYTES, Buffer.poolSize);
console.log(buffer.Buffer === Buffer, typeof buffer.SlowBuffer, typeof buffer.Blob, typeof buffer.File);
console.log(buffer.atob === atob, require('node:buffer') === buffer);
console.log(Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Buffer.from('a') instanceof Uint8Array);
