// SPDX-License-Identifier: Apache-2.0
'use strict';
// tls.SecureContext / tls.createSecureContext (key, cert, ca, pfx, passphrase, min/maxVersion,
// ciphers read by Java into the JDK's key and trust material), and certificates as Node shows them.

const { Buffer } = require('buffer');
const { codes, define } = require('internal/errors');
const binding = internalBinding('tls');

const { ERR_INVALID_ARG_TYPE } = codes;
const ERR_TLS_INVALID_PROTOCOL_VERSION = define('ERR_TLS_INVALID_PROTOCOL_VERSION',
  (value, which) => `${JSON.stringify(value)} is not a valid ${which} TLS protocol version`, TypeError);
const ERR_TLS_PROTOCOL_VERSION_CONFLICT = define('ERR_TLS_PROTOCOL_VERSION_CONFLICT',
  (version, protocol) => `TLS protocol version ${JSON.stringify(version)} conflicts with secureProtocol ${JSON.stringify(protocol)}`,
  TypeError);

const VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const defaults = { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' };

function toVersion(value, which, fallback) {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(`options.${which}Version`, 'string', value);
  if (!VERSIONS.includes(value)) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(value, which === 'min' ? 'minimum' : 'maximum');
  return value;
}

function toPem(value, name) {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (ArrayBuffer.isView(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('latin1');
  if (typeof value === 'object' && typeof value.pem !== 'undefined') return toPem(value.pem, name);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
}

function toPemList(value, name) {
  if (value === undefined || value === null) return null;
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => toPem(v, name)).join('\n');
}

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  this.context = null;
  this.minVersion = minVersion;
  this.maxVersion = maxVersion;
}

function createSecureContext(options) {
  if (!options) options = {};
  const { ca, cert, key, pfx, passphrase, ciphers, secureProtocol } = options;
  if (passphrase !== undefined && passphrase !== null && typeof passphrase !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.passphrase', 'string', passphrase);
  }
  if (ciphers !== undefined && ciphers !== null && typeof ciphers !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.ciphers', 'string', ciphers);
  }
  let minVersion = toVersion(options.minVersion, 'min', secureProtocol ? undefined : defaults.minVersion);
  let maxVersion = toVersion(options.maxVersion, 'max', secureProtocol ? undefined : defaults.maxVersion);
  if (secureProtocol) {
    if (options.minVersion) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(options.minVersion, secureProtocol);
    if (options.maxVersion) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(options.maxVersion, secureProtocol);
    const m = /^TLSv1_([23])_method$/.exec(secureProtocol);
    minVersion = maxVersion = m ? `TLSv1.${m[1]}` : 'TLSv1.3';
  }
  const protocols = VERSIONS.slice(VERSIONS.indexOf(minVersion), VERSIONS.indexOf(maxVersion) + 1);
  const c = new SecureContext(secureProtocol, options.secureOptions, minVersion, maxVersion);
  const keyPem = Array.isArray(key) ? toPem(key[0]?.pem ?? key[0], 'options.key') : toPem(key, 'options.key');
  const caList = ca === undefined || ca === null ? null : (Array.isArray(ca) ? ca : [ca]).map((v) => toPem(v, 'options.ca'));
  const pfxBuf = pfx === undefined || pfx === null ? null
    : (Array.isArray(pfx) ? pfx[0]?.buf ?? pfx[0] : pfx);
  c.context = binding.createSecureContext(keyPem, toPemList(cert, 'options.cert'), caList,
    pfxBuf === null ? null : (typeof pfxBuf === 'string' ? Buffer.from(pfxBuf, 'latin1') : pfxBuf),
    passphrase ?? null, protocols, ciphers ?? null);
  return c;
}

function bufferOf(ab) {
  return Buffer.from(new ArrayBuffer(ab));
}

function nameObject(pairs) {
  const out = { __proto__: null };
  for (let i = 0; i < pairs.length; i += 2) {
    const k = pairs[i];
    const v = pairs[i + 1];
    if (out[k] === undefined) out[k] = v;
    else if (Array.isArray(out[k])) out[k].push(v);
    else out[k] = [out[k], v];
  }
  return out;
}

// One certificate from the binding's name/value list, with Node's property names.
function certificateObject(pairs) {
  const cert = {};
  for (let i = 0; i < pairs.length; i += 2) {
    const k = pairs[i];
    let v = pairs[i + 1];
    if (k === 'subject' || k === 'issuer') v = nameObject(Array.from(v));
    else if (k === 'raw' || k === 'pubkey') v = bufferOf(v);
    else if (k === 'ext_key_usage') v = Array.from(v);
    cert[k] = v;
  }
  return cert;
}

// The chain (leaf first) as Node's detailed form: each with its issuerCertificate, the root pointing at itself.
function translatePeerCertificate(chain, detailed) {
  if (!chain || chain.length === 0) return {};
  const certs = Array.from(chain).map((pairs) => certificateObject(Array.from(pairs)));
  if (!detailed) return certs[0];
  for (let i = 0; i < certs.length; i++) {
    const issuer = certs[i + 1];
    if (issuer) certs[i].issuerCertificate = issuer;
    else if (certs[i].subject && certs[i].issuer && JSON.stringify(certs[i].subject) === JSON.stringify(certs[i].issuer)) {
      certs[i].issuerCertificate = certs[i];
    }
  }
  return certs[0];
}

module.exports = { SecureContext, createSecureContext, translatePeerCertificate, certificateObject, defaults };
