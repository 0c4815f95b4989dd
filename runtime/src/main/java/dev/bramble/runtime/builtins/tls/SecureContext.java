// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.tls;

import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLException;

/**
 * What tls.createSecureContext() read: the key and chain, the trusted CAs (null: the JDK's), the
 * protocol range and cipher suites. Netty SslContexts (JDK provider) are made from it on demand,
 * one per role and ALPN/requestCert combination, and reused for every connection.
 */
public final class SecureContext {

    final PrivateKey key;
    final List<X509Certificate> chain;
    final Verifier verifier;
    final String[] protocols;
    final List<String> ciphers;
    private final Map<String, SslContext> built = new ConcurrentHashMap<>();

    SecureContext(PrivateKey key, List<X509Certificate> chain, List<X509Certificate> ca, String[] protocols,
                  List<String> ciphers) throws GeneralSecurityException {
        this.key = key;
        this.chain = chain;
        this.verifier = new Verifier(ca);
        this.protocols = protocols;
        this.ciphers = ciphers;
    }

    SslContext sslContext(boolean server, String[] alpn, boolean requestCert) throws SSLException {
        String k = server + "|" + requestCert + "|" + (alpn == null ? "" : String.join(",", alpn));
        SslContext c = built.get(k);
        if (c == null) {
            c = build(server, alpn, requestCert);
            built.put(k, c);
        }
        return c;
    }

    /** The one client certificate, offered whatever the server asks for. */
    private static final class ClientKey extends javax.net.ssl.X509ExtendedKeyManager {
        private final PrivateKey key;
        private final X509Certificate[] chain;

        ClientKey(PrivateKey key, X509Certificate[] chain) {
            this.key = key;
            this.chain = chain;
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, java.security.Principal[] issuers, javax.net.ssl.SSLEngine engine) {
            return "client";
        }

        @Override
        public String[] getClientAliases(String keyType, java.security.Principal[] issuers) {
            return new String[] {"client"};
        }

        @Override
        public String chooseClientAlias(String[] keyType, java.security.Principal[] issuers, java.net.Socket socket) {
            return "client";
        }

        @Override
        public String[] getServerAliases(String keyType, java.security.Principal[] issuers) {
            return null;
        }

        @Override
        public String chooseServerAlias(String keyType, java.security.Principal[] issuers, java.net.Socket socket) {
            return null;
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return chain;
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return key;
        }
    }

    private SslContext build(boolean server, String[] alpn, boolean requestCert) throws SSLException {
        X509Certificate[] certs = chain == null ? null : chain.toArray(new X509Certificate[0]);
        SslContextBuilder b = server ? SslContextBuilder.forServer(key, certs) : SslContextBuilder.forClient();
        // OpenSSL offers its certificate whatever CAs the server names; the JDK's key manager would stay silent.
        if (!server && key != null && certs != null) b.keyManager(new ClientKey(key, certs));
        b.sslProvider(SslProvider.JDK).trustManager(verifier);
        // Node checks the host name itself (tls.checkServerIdentity), after the handshake.
        if (!server) b.endpointIdentificationAlgorithm(null);
        if (protocols != null) b.protocols(protocols);
        if (ciphers != null) b.ciphers(ciphers);
        if (server) b.clientAuth(requestCert ? ClientAuth.OPTIONAL : ClientAuth.NONE);
        if (alpn != null && alpn.length > 0) {
            b.applicationProtocolConfig(new ApplicationProtocolConfig(ApplicationProtocolConfig.Protocol.ALPN,
                    ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                    ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT, alpn));
        }
        return b.build();
    }
}
