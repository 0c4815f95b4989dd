// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Builds an {@link SSLSocketFactory} from Node-style PEM options. The JDK reads PEM certificates and
 * PKCS#8 keys itself; the two older key formats OpenSSL still writes (PKCS#1 "RSA PRIVATE KEY", SEC1
 * "EC PRIVATE KEY") are wrapped into PKCS#8 here, which is a fixed DER envelope, so no crypto
 * library has to ship to the board for it.
 */
final class PemTls {

    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \\1-----");
    private static final byte[] RSA_ALGORITHM = hex("300d06092a864886f70d0101010500");
    private static final byte[] EC_PUBLIC_KEY_OID = hex("06072a8648ce3d0201");

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
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        List<Certificate> out = new ArrayList<>(cf.generateCertificates(new ByteArrayInputStream(pem.getBytes(US_ASCII))));
        if (out.isEmpty()) {
            throw new GeneralSecurityException("TLS option '" + option + "' holds no PEM certificate");
        }
        return out;
    }

    static PrivateKey privateKey(String pem) throws GeneralSecurityException {
        Matcher m = BLOCK.matcher(pem);
        boolean found = m.find();
        // `openssl ecparam -genkey` writes an "EC PARAMETERS" block before the key: skip it.
        while (found && m.group(1).equals("EC PARAMETERS")) {
            found = m.find();
        }
        if (!found) {
            throw new GeneralSecurityException("TLS option 'key' holds no PEM private key");
        }
        byte[] der = Base64.getMimeDecoder().decode(m.group(2).trim());
        byte[] pkcs8 = switch (m.group(1)) {
            case "PRIVATE KEY" -> der;
            case "RSA PRIVATE KEY" -> seq(integerZero(), RSA_ALGORITHM, tlv(0x04, der));
            case "EC PRIVATE KEY" -> seq(integerZero(), seq(EC_PUBLIC_KEY_OID, curveOf(der)), tlv(0x04, der));
            case "ENCRYPTED PRIVATE KEY" -> throw new GeneralSecurityException(
                    "encrypted TLS keys are not supported; decrypt it first: openssl pkey -in key.pem -out plain.pem");
            default -> throw new GeneralSecurityException("unsupported PEM block '" + m.group(1) + "' in TLS option 'key'");
        };
        GeneralSecurityException last = null;
        for (String alg : List.of("RSA", "EC", "Ed25519", "Ed448")) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw new GeneralSecurityException("TLS option 'key' is not an RSA, EC or EdDSA private key", last);
    }

    /** The named-curve OID in a SEC1 key's [0] parameters, which PKCS#8 wants in its algorithm identifier. */
    private static byte[] curveOf(byte[] sec1) throws GeneralSecurityException {
        int[] pos = {0};
        readHeader(sec1, pos, 0x30);
        while (pos[0] < sec1.length) {
            int tag = sec1[pos[0]] & 0xFF;
            int len = readHeader(sec1, pos, tag);
            if (tag == 0xA0) {
                byte[] oid = new byte[len];
                System.arraycopy(sec1, pos[0], oid, 0, len);
                return oid;
            }
            pos[0] += len;
        }
        throw new GeneralSecurityException("EC private key names no curve; convert it with: openssl pkcs8 -topk8 -nocrypt");
    }

    private static int readHeader(byte[] der, int[] pos, int tag) throws GeneralSecurityException {
        if (pos[0] + 2 > der.length || (der[pos[0]] & 0xFF) != tag) {
            throw new GeneralSecurityException("malformed EC private key");
        }
        int len = der[pos[0] + 1] & 0xFF;
        pos[0] += 2;
        if (len > 0x80) {
            int n = len - 0x80;
            len = 0;
            for (int i = 0; i < n; i++) {
                len = (len << 8) | (der[pos[0]++] & 0xFF);
            }
        }
        return len;
    }

    private static byte[] integerZero() {
        return new byte[] {0x02, 0x01, 0x00};
    }

    private static byte[] seq(byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            body.writeBytes(p);
        }
        return tlv(0x30, body.toByteArray());
    }

    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int len = value.length;
        if (len < 0x80) {
            out.write(len);
        } else {
            int bytes = len > 0xFFFFFF ? 4 : len > 0xFFFF ? 3 : len > 0xFF ? 2 : 1;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(len >>> (8 * i));
            }
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    private static byte[] hex(String s) {
        return java.util.HexFormat.of().parseHex(s);
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
