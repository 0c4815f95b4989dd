// SPDX-License-Identifier: Apache-2.0
'use strict';
// Hash and Hmac objects over the binding's JCA digests, and the key derivation functions.

const {
  codes: { ERR_INVALID_ARG_TYPE }, define,
} = require('internal/errors');
const { isAnyArrayBuffer, validateString, validateInt32, validateFunction, validateObject, validateNumber } = require('internal/buffer/validate');
const { Buffer } = require('buffer');
const { fromHost } = require('internal/crypto/random');

const binding = internalBinding('crypto');
const ERR_CRYPTO_HASH_FINALIZED = define('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
const ERR_CRYPTO_INVALID_DIGEST = define('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
const ERR_CRYPTO_INVALID_SCRYPT_PARAMS = define('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', (detail) => (detail ? `Invalid scrypt params: ${detail}` : 'Invalid scrypt params'), RangeError);

const kHandle = Symbol('kHandle');
const kFinalized = Symbol('kFinalized');

const hashes = ['md5', 'sha1', 'sha224', 'sha256', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'sha384',
  'sha512', 'sha512-224', 'sha512-256', 'RSA-MD5', 'RSA-SHA1', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA384', 'RSA-SHA512'];

function getHashes() {
  return hashes.slice().sort();
}

function toBytes(data, encoding, name, types) {
  if (typeof data === 'string') return Buffer.from(data, encoding);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (isAnyArrayBuffer(data) && types.includes('ArrayBuffer')) return new Uint8Array(data);
  throw new ERR_INVALID_ARG_TYPE(name, types, data);
}

function output(bytes, encoding) {
  const buf = fromHost(bytes);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

class Hash {
  constructor(algorithm, options) {
    validateString(algorithm, 'algorithm');
    if (options !== undefined && options !== null && typeof options !== 'object') validateObject(options, 'options');
    if (algorithm instanceof Hash) return algorithm.copy(options);
    if (!binding.hasDigest(algorithm)) {
      const err = new Error('Digest method not supported');
      throw err;
    }
    this[kHandle] = binding.createHash(algorithm);
    this[kFinalized] = false;
  }

  copy(options) {
    if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
    const h = Object.create(Hash.prototype);
    h[kHandle] = this[kHandle].copy();
    h[kFinalized] = false;
    void options;
    return h;
  }

  update(data, encoding) {
    if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
    this[kHandle].update(toBytes(data, encoding, 'data', ['string', 'Buffer', 'TypedArray', 'DataView']));
    return this;
  }

  digest(outputEncoding) {
    if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
    this[kFinalized] = true;
    return output(this[kHandle].digest(), outputEncoding);
  }
}

class Hmac {
  constructor(hmac, key, options) {
    validateString(hmac, 'hmac');
    if (key !== null && typeof key === 'object' && key.type === 'secret' && typeof key.export === 'function') key = key.export();
    const bytes = toBytes(key, options && options.encoding, 'key',
      ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey']);
    if (!binding.hasDigest(hmac)) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
    this[kHandle] = binding.createHmac(hmac, bytes);
    this[kFinalized] = false;
  }

  update(data, encoding) {
    if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
    this[kHandle].update(toBytes(data, encoding, 'data', ['string', 'Buffer', 'TypedArray', 'DataView']));
    return this;
  }

  // A second digest() gives an empty result rather than an error, as in Node.
  digest(outputEncoding) {
    if (this[kFinalized]) {
      const empty = Buffer.alloc(0);
      return outputEncoding && outputEncoding !== 'buffer' ? empty.toString(outputEncoding) : empty;
    }
    this[kFinalized] = true;
    return output(this[kHandle].digest(), outputEncoding);
  }
}

function createHash(algorithm, options) { return new Hash(algorithm, options); }
function createHmac(hmac, key, options) { return new Hmac(hmac, key, options); }

function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  return new Hash(algorithm).update(input).digest(outputEncoding);
}

const kdfTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  const p = toBytes(password, 'utf8', 'password', kdfTypes);
  const s = toBytes(salt, 'utf8', 'salt', kdfTypes);
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  validateString(digest, 'digest');
  if (!binding.hasDigest(digest)) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return [p, s, iterations, keylen, digest];
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return fromHost(binding.pbkdf2(...pbkdf2Args(password, salt, iterations, keylen, digest)));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  binding.pbkdf2Async(...args, (err, bytes) => (err ? callback(err) : callback(null, fromHost(bytes))));
}

function scryptArgs(password, salt, keylen, options) {
  const p = toBytes(password, 'utf8', 'password', kdfTypes);
  const s = toBytes(salt, 'utf8', 'salt', kdfTypes);
  validateInt32(keylen, 'keylen', 0);
  let N = 16384;
  let r = 8;
  let par = 1;
  let maxmem = 32 << 20;
  if (options != null) {
    const pick = (a, b, name) => {
      if (options[a] !== undefined && options[b] !== undefined) throw new ERR_INCOMPATIBLE_OPTION_PAIR(a, b);
      const v = options[a] !== undefined ? options[a] : options[b];
      if (v !== undefined) validateNumber(v, name);
      return v;
    };
    N = pick('N', 'cost', 'N') ?? N;
    r = pick('r', 'blockSize', 'r') ?? r;
    par = pick('p', 'parallelization', 'p') ?? par;
    if (options.maxmem !== undefined) {
      validateNumber(options.maxmem, 'maxmem', 0);
      maxmem = options.maxmem;
    }
  }
  if (!(N > 1 && (N & (N - 1)) === 0 && Number.isInteger(N)) || !(r >= 1) || !(par >= 1)) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  if (128 * N * r > maxmem) {
    throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS('error:030000AC:digital envelope routines::memory limit exceeded');
  }
  return [p, s, keylen, N, r, par];
}
const ERR_INCOMPATIBLE_OPTION_PAIR = define('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);

function scryptSync(password, salt, keylen, options) {
  return fromHost(binding.scrypt(...scryptArgs(password, salt, keylen, options)));
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const args = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scryptAsync(...args, (err, bytes) => (err ? callback(err) : callback(null, fromHost(bytes))));
}

module.exports = { Hash, Hmac, createHash, createHmac, hash, getHashes, pbkdf2, pbkdf2Sync, scrypt, scryptSync };
