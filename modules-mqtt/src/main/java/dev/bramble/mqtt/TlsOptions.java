// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import java.util.List;

/**
 * TLS settings in Node's terms: PEM texts, as MQTT.js passes them to {@code tls.connect}.
 *
 * @param ca                 trusted CA certificates; when given they replace the JDK's default trust store, as in Node
 * @param cert               client certificate chain for mutual TLS, or null
 * @param key                the client's private key (PKCS#8, PKCS#1 RSA or SEC1 EC, unencrypted), or null
 * @param rejectUnauthorized false accepts any server certificate and host name (testing only)
 */
public record TlsOptions(List<String> ca, String cert, String key, boolean rejectUnauthorized) {

    public TlsOptions {
        ca = ca == null ? List.of() : List.copyOf(ca);
    }

    public static TlsOptions defaults() {
        return new TlsOptions(List.of(), null, null, true);
    }
}
