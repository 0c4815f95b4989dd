// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.tls;

import dev.bramble.runtime.builtins.net.StreamHandle;
import dev.bramble.runtime.spi.Host;
import io.netty.handler.ssl.SslHandler;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('tls')}: secure contexts from Node's options, per-role configurations that
 * net's binding uses for new connections, and what a TLS socket knows after its handshake.
 * Netty's SslHandler does the TLS with the JDK's provider.
 *
 * <p>Ops: {@link #createSecureContext}, {@link #config}, {@link #startTls}, {@link #info},
 * {@link #peerCertificate}, {@link #localCertificate}, {@link #supportedCiphers}.
 */
public final class TlsBinding {

    private final Host host;

    public TlsBinding(Host host) {
        this.host = host;
    }

    /** Reads key, cert, ca and pfx; throws Node's error (ERR_OSSL_..., code as OpenSSL names it) when unreadable. */
    @HostAccess.Export
    public SecureContext createSecureContext(String key, String cert, Value ca, Value pfx, String passphrase,
                                             Value protocols, String ciphers) {
        PrivateKey privateKey = null;
        List<X509Certificate> chain = null;
        List<X509Certificate> trusted = null;
        try {
            if (pfx != null && !pfx.isNull()) {
                Object[] kc = Pem.pkcs12(host.bytes(pfx), passphrase);
                privateKey = (PrivateKey) kc[0];
                @SuppressWarnings("unchecked") List<X509Certificate> c = (List<X509Certificate>) kc[1];
                chain = c;
            }
        } catch (GeneralSecurityException e) {
            throw host.errors().throwError("Error", null, e.getMessage());
        }
        if (key != null) {
            try {
                privateKey = Pem.privateKey(key, passphrase);
            } catch (GeneralSecurityException e) {
                throw ossl(e.getMessage());
            }
        }
        try {
            if (cert != null) {
                chain = Pem.certificates(cert);
                if (chain.isEmpty()) throw ossl("error:0480006C:PEM routines::no start line");
            }
            if (ca != null && !ca.isNull()) {
                trusted = new ArrayList<>();
                for (long i = 0; i < ca.getArraySize(); i++) trusted.addAll(Pem.certificates(ca.getArrayElement(i).asString()));
            }
            if (chain != null && trusted != null) chain = autoChain(chain, trusted);
            if (privateKey != null && chain != null && !matches(privateKey, chain.get(0))) {
                throw ossl("error:05800074:x509 certificate routines::key values mismatch");
            }
            return new SecureContext(privateKey, chain, trusted, strings(protocols), cipherList(ciphers));
        } catch (GeneralSecurityException e) {
            throw ossl(e.getMessage());
        }
    }

    /** OpenSSL sends the issuers of its own certificate that it finds among the trusted CAs: so do we. */
    private static List<X509Certificate> autoChain(List<X509Certificate> chain, List<X509Certificate> trusted) {
        List<X509Certificate> out = new ArrayList<>(chain);
        for (int guard = 0; guard < 8; guard++) {
            X509Certificate last = out.get(out.size() - 1);
            if (last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) break;
            X509Certificate next = null;
            for (X509Certificate t : trusted) {
                if (!t.getSubjectX500Principal().equals(last.getIssuerX500Principal()) || out.contains(t)) continue;
                try {
                    last.verify(t.getPublicKey());
                    next = t;
                    break;
                } catch (GeneralSecurityException e) {
                    // same name, other key
                }
            }
            if (next == null) break;
            out.add(next);
        }
        return out;
    }

    private static boolean matches(PrivateKey key, X509Certificate cert) {
        if (key instanceof java.security.interfaces.RSAPrivateCrtKey k
                && cert.getPublicKey() instanceof java.security.interfaces.RSAPublicKey p) {
            return k.getModulus().equals(p.getModulus());
        }
        return key.getAlgorithm().equals(cert.getPublicKey().getAlgorithm()) || key.getAlgorithm().equals("EC");
    }

    private static final java.util.Map<String, String> LIBRARIES = java.util.Map.of(
            "PEM routines", "OSSL_PEM_", "x509 certificate routines", "OSSL_X509_", "SSL routines", "SSL_",
            "common libcrypto routines", "OSSL_CRYPTO_", "asn1 encoding routines", "OSSL_ASN1_", "rsa routines", "OSSL_RSA_",
            "elliptic curve routines", "OSSL_EC_", "PKCS12 routines", "OSSL_PKCS12_", "digital envelope routines", "OSSL_EVP_");

    /** Node's error for an OpenSSL text "error:XXXXXXXX:<library>::<reason>": code ERR_OSSL_<LIB>_<REASON>. */
    private RuntimeException ossl(String message) {
        String[] parts = message.split(":", -1);
        String library = parts.length > 2 ? parts[2] : "";
        String reason = message.substring(message.lastIndexOf(':') + 1).trim();
        String code = "ERR_" + LIBRARIES.getOrDefault(library, "OSSL_") + reason.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        return host.errors().throwError("Error", code, message);
    }

    /** The configuration new connections of one side use. */
    @HostAccess.Export
    public TlsConfig config(SecureContext context, boolean server, Value alpn, boolean requestCert, int handshakeTimeoutMs) {
        try {
            return new TlsConfig(context.sslContext(server, strings(alpn), requestCert), server,
                    handshakeTimeoutMs > 0 ? handshakeTimeoutMs : 120_000);
        } catch (SSLException e) {
            throw host.errors().throwError("Error", "ERR_SSL_CONTEXT", e.getMessage());
        }
    }

    /** Starts TLS on a connected socket (tls.connect({socket}), new TLSSocket(socket)). */
    @HostAccess.Export
    public void startTls(StreamHandle handle, TlsConfig config, String servername, int port) {
        var ch = handle.channel();
        if (ch.pipeline().get(SslHandler.class) != null) return;
        ch.pipeline().addBefore("flush", "ssl", config.newHandler(ch, servername, port));
    }

    /** [protocol, cipher suite, ALPN protocol, verify error ("" when verified), requested server name], or null before the handshake. */
    @HostAccess.Export
    public Object[] info(StreamHandle handle) {
        SslHandler ssl = handle.channel().pipeline().get(SslHandler.class);
        if (ssl == null || !ssl.handshakeFuture().isSuccess()) return null;
        SSLSession s = ssl.engine().getSession();
        Object verify = s.getValue(Verifier.KEY);
        String sni = null;
        if (s instanceof ExtendedSSLSession e) {
            for (SNIServerName n : e.getRequestedServerNames()) if (n instanceof SNIHostName h) sni = h.getAsciiName();
        }
        return new Object[] {s.getProtocol(), s.getCipherSuite(), ssl.applicationProtocol(),
            verify == null ? null : verify.toString(), sni};
    }

    /** The peer's chain, leaf first, each as CertInfo pairs; empty if the peer sent none. */
    @HostAccess.Export
    public Object[] peerCertificate(StreamHandle handle) {
        SslHandler ssl = handle.channel().pipeline().get(SslHandler.class);
        if (ssl == null) return null;
        try {
            SSLSession session = ssl.engine().getSession();
            Certificate[] sent = session.getPeerCertificates();
            X509Certificate[] chain = new X509Certificate[sent.length];
            for (int i = 0; i < sent.length; i++) chain[i] = (X509Certificate) sent[i];
            if (session.getValue(Verifier.SELF) instanceof Verifier v) chain = v.complete(chain);
            Object[] out = new Object[chain.length];
            for (int i = 0; i < chain.length; i++) out[i] = CertInfo.describe(chain[i]);
            return out;
        } catch (SSLPeerUnverifiedException e) {
            return new Object[0];
        }
    }

    @HostAccess.Export
    public Object[] localCertificate(StreamHandle handle) {
        SslHandler ssl = handle.channel().pipeline().get(SslHandler.class);
        if (ssl == null) return null;
        Certificate[] local = ssl.engine().getSession().getLocalCertificates();
        return local == null || local.length == 0 ? null : CertInfo.describe((X509Certificate) local[0]);
    }

    /** The cipher suites the JDK offers, in OpenSSL's lower-case names as tls.getCiphers() lists them. */
    @HostAccess.Export
    public Object[] supportedCiphers() {
        try {
            SSLParameters p = javax.net.ssl.SSLContext.getDefault().getSupportedSSLParameters();
            List<String> out = new ArrayList<>();
            for (String c : p.getCipherSuites()) {
                if (c.contains("_SCSV")) continue;
                out.add(Ciphers.openssl(c).toLowerCase(Locale.ROOT));
            }
            return out.stream().distinct().sorted().toArray();
        } catch (java.security.NoSuchAlgorithmException e) {
            return new Object[0];
        }
    }

    /** The JDK's trusted roots as PEM, for tls.rootCertificates. */
    @HostAccess.Export
    public Object[] rootCertificates() {
        try {
            javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance(
                    javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            tmf.init((java.security.KeyStore) null);
            List<String> out = new ArrayList<>();
            var mime = java.util.Base64.getMimeEncoder(64, new byte[] {'\n'});
            for (var tm : tmf.getTrustManagers()) {
                if (!(tm instanceof javax.net.ssl.X509TrustManager x)) continue;
                for (X509Certificate c : x.getAcceptedIssuers()) {
                    out.add("-----BEGIN CERTIFICATE-----\n" + mime.encodeToString(c.getEncoded()) + "\n-----END CERTIFICATE-----");
                }
            }
            return out.toArray();
        } catch (GeneralSecurityException e) {
            return new Object[0];
        }
    }

    private static String[] strings(Value v) {
        if (v == null || v.isNull()) return null;
        String[] out = new String[(int) v.getArraySize()];
        for (int i = 0; i < out.length; i++) out[i] = v.getArrayElement(i).asString();
        return out;
    }

    private List<String> cipherList(String spec) {
        if (spec == null) return null;
        List<String> out = Ciphers.fromOpenssl(spec);
        if (out != null && out.isEmpty()) throw ossl("error:0A0000B9:SSL routines::no cipher match");
        return out;
    }

    static String ascii(ByteBuffer b) {
        return StandardCharsets.US_ASCII.decode(b).toString();
    }
}
