// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.tls;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Checks the peer's chain as OpenSSL would but never fails the handshake: the verdict (an OpenSSL
 * verify code such as DEPTH_ZERO_SELF_SIGNED_CERT, or none) is kept on the handshake session, and
 * JS decides, as Node does with {@code rejectUnauthorized} and {@code socket.authorizationError}.
 * The host name check is JS's too ({@code tls.checkServerIdentity}).
 */
final class Verifier extends X509ExtendedTrustManager {

    static final String KEY = "bramble.verifyError";
    static final String SELF = "bramble.verifier";

    private final X509TrustManager pkix;

    Verifier(List<X509Certificate> ca) throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        if (ca == null) {
            tmf.init((KeyStore) null);
        } else {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try {
                ks.load(null, null);
            } catch (java.io.IOException e) {
                throw new GeneralSecurityException(e);
            }
            int i = 0;
            for (X509Certificate c : ca) ks.setCertificateEntry("ca" + i++, c);
            tmf.init(ks);
        }
        X509TrustManager found = null;
        for (var tm : tmf.getTrustManagers()) if (tm instanceof X509TrustManager x) found = x;
        pkix = found;
    }

    /** The verify code for a chain, or null when it is trusted. */
    String verify(X509Certificate[] chain, String authType, boolean client) {
        try {
            for (X509Certificate c : chain) c.checkValidity();
        } catch (CertificateExpiredException e) {
            return "CERT_HAS_EXPIRED";
        } catch (CertificateNotYetValidException e) {
            return "CERT_NOT_YET_VALID";
        }
        try {
            if (client) pkix.checkClientTrusted(chain, authType);
            else pkix.checkServerTrusted(chain, authType);
            return null;
        } catch (CertificateException e) {
            X509Certificate last = chain[chain.length - 1];
            boolean selfSigned = last.getSubjectX500Principal().equals(last.getIssuerX500Principal());
            if (chain.length == 1 && selfSigned) return "DEPTH_ZERO_SELF_SIGNED_CERT";
            if (selfSigned) return "SELF_SIGNED_CERT_IN_CHAIN";
            if (chain.length == 1) return "UNABLE_TO_VERIFY_LEAF_SIGNATURE";
            return "UNABLE_TO_GET_ISSUER_CERT_LOCALLY";
        }
    }

    private void record(SSLEngine engine, X509Certificate[] chain, String authType, boolean client) {
        String code = verify(chain, authType, client);
        SSLSession s = engine.getHandshakeSession();
        if (s != null) {
            s.putValue(KEY, code == null ? "" : code);
            s.putValue(SELF, this);
        }
    }

    /** The chain completed with trusted issuers the peer did not send, as Node's detailed certificate shows it. */
    X509Certificate[] complete(X509Certificate[] chain) {
        java.util.List<X509Certificate> out = new java.util.ArrayList<>(java.util.List.of(chain));
        X509Certificate[] trusted = getAcceptedIssuers();
        for (int guard = 0; guard < 8; guard++) {
            X509Certificate last = out.get(out.size() - 1);
            if (last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) break;
            X509Certificate issuer = null;
            for (X509Certificate t : trusted) {
                if (t.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
                    try {
                        last.verify(t.getPublicKey());
                        issuer = t;
                        break;
                    } catch (GeneralSecurityException e) {
                        // same name, other key
                    }
                }
            }
            if (issuer == null) break;
            out.add(issuer);
        }
        return out.toArray(new X509Certificate[0]);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        record(engine, chain, authType, true);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        record(engine, chain, authType, false);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        // Netty's engines only
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        // Netty's engines only
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
        // Netty's engines only
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
        // Netty's engines only
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return pkix.getAcceptedIssuers();
    }

    /** OpenSSL's text for a verify code, as Node puts it in error messages. */
    static String message(String code) {
        return switch (code) {
            case "CERT_HAS_EXPIRED" -> "certificate has expired";
            case "CERT_NOT_YET_VALID" -> "certificate is not yet valid";
            case "DEPTH_ZERO_SELF_SIGNED_CERT" -> "self-signed certificate";
            case "SELF_SIGNED_CERT_IN_CHAIN" -> "self-signed certificate in certificate chain";
            case "UNABLE_TO_VERIFY_LEAF_SIGNATURE" -> "unable to verify the first certificate";
            case "UNABLE_TO_GET_ISSUER_CERT_LOCALLY" -> "unable to get local issuer certificate";
            default -> code;
        };
    }
}
