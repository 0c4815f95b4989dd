// SPDX-License-Identifier: Apache-2.0
'use strict';
// node:tls — TLS clients and servers over Netty's SslHandler with the JDK's provider (TLS 1.2 and
// 1.3). See _tls_wrap.js (sockets, servers, host name checks) and _tls_common.js (contexts).

const { TLSSocket, Server, createServer, connect, checkServerIdentity } = require('_tls_wrap');
const { SecureContext, createSecureContext } = require('_tls_common');
const binding = internalBinding('tls');

const DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:' +
  'DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:' +
  'ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

let ciphers;
let roots;

// ALPN's wire form: each name prefixed by its length.
function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    const { Buffer } = require('buffer');
    const parts = protocols.map((p) => {
      const b = Buffer.from(p);
      return Buffer.concat([Buffer.from([b.length]), b]);
    });
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = require('buffer').Buffer.from(protocols);
  }
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers() {
    ciphers ??= Array.from(binding.supportedCiphers());
    return ciphers.slice();
  },
  get rootCertificates() {
    roots ??= Object.freeze(Array.from(binding.rootCertificates()));
    return roots;
  },
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext,
  SecureContext,
  TLSSocket,
  Server,
  createServer,
  connect,
};
