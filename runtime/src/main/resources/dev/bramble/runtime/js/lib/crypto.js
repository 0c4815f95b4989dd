// SPDX-License-Identifier: Apache-2.0
'use strict';
// crypto: hashes, HMAC, PBKDF2, scrypt and randomness over the JCA (internalBinding('crypto')).
// Ciphers, signatures, key objects and webcrypto.subtle are not provided.

const { codes: { ERR_INVALID_THIS }, define } = require('internal/errors');
const { isAnyArrayBuffer } = require('internal/buffer/validate');
const random = require('internal/crypto/random');
const hashing = require('internal/crypto/hash');

const ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH = define('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError);

function bytesOf(v, name) {
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  if (isAnyArrayBuffer(v)) return new Uint8Array(v);
  // Node 20 throws this one from its binding, without the "Received ..." tail.
  const err = new TypeError(`The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

// Constant time in the length: every byte is compared.
function timingSafeEqual(buf1, buf2) {
  const a = bytesOf(buf1, 'buf1');
  const b = bytesOf(buf2, 'buf2');
  if (a.length !== b.length) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

class Crypto {
  get subtle() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return undefined; // SubtleCrypto is not implemented in Bramble
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return random.getRandomValues.call(undefined, array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });
const webcrypto = new Crypto();
random.webcryptoRef.crypto = webcrypto;

const constants = Object.freeze({
  OPENSSL_VERSION_NUMBER: 0,
  SSL_OP_ALL: 2147485776,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_PKCS1_PSS_PADDING: 6,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
});

module.exports = {
  createHash: hashing.createHash,
  createHmac: hashing.createHmac,
  hash: hashing.hash,
  getHashes: hashing.getHashes,
  Hash: hashing.Hash,
  Hmac: hashing.Hmac,
  pbkdf2: hashing.pbkdf2,
  pbkdf2Sync: hashing.pbkdf2Sync,
  scrypt: hashing.scrypt,
  scryptSync: hashing.scryptSync,
  randomBytes: random.randomBytes,
  pseudoRandomBytes: random.randomBytes,
  prng: random.randomBytes,
  rng: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomUUID: random.randomUUID,
  randomInt: random.randomInt,
  getRandomValues: (array) => webcrypto.getRandomValues(array),
  timingSafeEqual,
  webcrypto,
  subtle: undefined,
  constants,
  Crypto,
};
