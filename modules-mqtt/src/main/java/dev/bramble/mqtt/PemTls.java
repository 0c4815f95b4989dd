// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import dev.bramble.runtime.builtins.tls.Pem;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Builds an {@link SSLSocketFactory} from Node-style PEM options ({@code ca}, {@code cert}, {@code key},
 * {@code rejectUnauthorized}). Certificates and keys are read by the runtime's {@link Pem}, the same
 * reader tls.connect uses, so both accept the same formats.
 */
final class PemTls {

    private PemTls() {
    }

    static SSLSocketFactory socketFactory(TlsOptions tls) throws GeneralSecurityException {
        TrustManager[] trust = null;
        if (!tls.rejectUnauthorized()) {
            trust = new TrustManager[] {new TrustAll()};
        } else if (!tls.ca().isEmpty()) {
            KeyStore ks = emptyKeyStore();
            int i = 0;
            for (String pem : tls.ca()) {
                for (Certificate c : certificates(pem, "ca")) {
                    ks.setCertificateEntry("ca" + i++, c);
                }
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            trust = tmf.getTrustManagers();
        }
        KeyManagerFactory kmf = null;
        if (tls.cert() != null || tls.key() != null) {
            if (tls.cert() == null || tls.key() == null) {
                throw new GeneralSecurityException("TLS client authentication needs both 'cert' and 'key'");
            }
            KeyStore ks = emptyKeyStore();
            ks.setKeyEntry("client", privateKey(tls.key()), new char[0],
                    certificates(tls.cert(), "cert").toArray(new Certificate[0]));
            kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, new char[0]);
        }
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf == null ? null : kmf.getKeyManagers(), trust, null);
        return ctx.getSocketFactory();
    }

    private static KeyStore emptyKeyStore() throws GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try {
            ks.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        return ks;
    }

    static List<Certificate> certificates(String pem, String option) throws GeneralSecurityException {
        List<Certificate> out = new ArrayList<>(Pem.certificates(pem));
        if (out.isEmpty()) {
            throw new GeneralSecurityException("TLS option '" + option + "' holds no PEM certificate");
        }
        return out;
    }

    /** The key formats tls.connect reads (runtime's Pem); no passphrase option for MQTT yet. */
    static PrivateKey privateKey(String pem) throws GeneralSecurityException {
        if (!pem.contains("PRIVATE KEY-----")) {
            throw new GeneralSecurityException("TLS option 'key' holds no PEM private key");
        }
        if (pem.contains("BEGIN ENCRYPTED PRIVATE KEY")) {
            throw new GeneralSecurityException(
                    "encrypted TLS keys are not supported; decrypt it first: openssl pkey -in key.pem -out plain.pem");
        }
        try {
            return Pem.privateKey(pem, null);
        } catch (GeneralSecurityException e) {
            throw new GeneralSecurityException("TLS option 'key' is not an RSA, EC or EdDSA private key (" + e.getMessage() + ")", e);
        }
    }

    /** rejectUnauthorized: false. Extended, so JSSE skips its host name check as well, as Node does. */
    private static final class TrustAll extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
