// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.tls;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Node's key and certificate options read with the JDK: PEM certificates, PKCS#8 keys (also
 * encrypted, with {@code passphrase}), the two older key formats OpenSSL writes (PKCS#1
 * "RSA PRIVATE KEY" and SEC1 "EC PRIVATE KEY", wrapped into PKCS#8 here: a fixed DER envelope),
 * and PKCS#12 ({@code pfx}). Public because the mqtt module reads its TLS options with it too.
 */
public final class Pem {

    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \\1-----");
    private static final byte[] RSA_ALGORITHM = java.util.HexFormat.of().parseHex("300d06092a864886f70d0101010500");
    private static final byte[] EC_PUBLIC_KEY_OID = java.util.HexFormat.of().parseHex("06072a8648ce3d0201");

    private Pem() {}

    public static List<X509Certificate> certificates(String pem) throws GeneralSecurityException {
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        List<X509Certificate> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(pem);
        while (m.find()) {
            if (!m.group(1).equals("CERTIFICATE") && !m.group(1).equals("TRUSTED CERTIFICATE")) continue;
            byte[] der = Base64.getMimeDecoder().decode(m.group(2).trim());
            out.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der)));
        }
        return out;
    }

    public static PrivateKey privateKey(String pem, String passphrase) throws GeneralSecurityException {
        Matcher m = BLOCK.matcher(pem);
        boolean found = m.find();
        while (found && !m.group(1).endsWith("PRIVATE KEY")) found = m.find();
        if (!found) throw new GeneralSecurityException("error:1E08010C:DECODER routines::unsupported");
        byte[] der = Base64.getMimeDecoder().decode(m.group(2).trim());
        byte[] pkcs8 = switch (m.group(1)) {
            case "PRIVATE KEY" -> der;
            case "RSA PRIVATE KEY" -> seq(new byte[] {2, 1, 0}, RSA_ALGORITHM, tlv(0x04, der));
            case "EC PRIVATE KEY" -> seq(new byte[] {2, 1, 0}, seq(EC_PUBLIC_KEY_OID, curveOf(der)), tlv(0x04, der));
            case "ENCRYPTED PRIVATE KEY" -> decrypt(der, passphrase);
            default -> throw new GeneralSecurityException("error:1E08010C:DECODER routines::unsupported");
        };
        for (String alg : List.of("RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS")) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new GeneralSecurityException("error:1E08010C:DECODER routines::unsupported");
    }

    private static byte[] decrypt(byte[] der, String passphrase) throws GeneralSecurityException {
        if (passphrase == null) throw new GeneralSecurityException("error:07880109:common libcrypto routines::interrupted or cancelled");
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
            SecretKeyFactory f = SecretKeyFactory.getInstance(info.getAlgName());
            Cipher c = Cipher.getInstance(info.getAlgName());
            c.init(Cipher.DECRYPT_MODE, f.generateSecret(new PBEKeySpec(passphrase.toCharArray())), info.getAlgParameters());
            return info.getKeySpec(c).getEncoded();
        } catch (IOException | GeneralSecurityException e) {
            throw new GeneralSecurityException("error:1C800064:Provider routines::bad decrypt", e);
        }
    }

    /** The first key and its chain from a PKCS#12 file. */
    static Object[] pkcs12(byte[] pfx, String passphrase) throws GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        char[] pw = passphrase == null ? new char[0] : passphrase.toCharArray();
        try {
            ks.load(new ByteArrayInputStream(pfx), pw);
        } catch (IOException e) {
            throw new GeneralSecurityException("mac verify failure", e);
        }
        for (Enumeration<String> e = ks.aliases(); e.hasMoreElements(); ) {
            String alias = e.nextElement();
            if (ks.isKeyEntry(alias)) {
                PrivateKey key = (PrivateKey) ks.getKey(alias, pw);
                List<X509Certificate> chain = new ArrayList<>();
                for (var c : ks.getCertificateChain(alias)) chain.add((X509Certificate) c);
                return new Object[] {key, chain};
            }
        }
        throw new GeneralSecurityException("pfx holds no private key");
    }

    /** The named-curve OID in a SEC1 key's [0] parameters, which PKCS#8 wants in its algorithm identifier. */
    private static byte[] curveOf(byte[] sec1) throws GeneralSecurityException {
        int[] pos = {0};
        header(sec1, pos, 0x30);
        while (pos[0] < sec1.length) {
            int tag = sec1[pos[0]] & 0xFF;
            int len = header(sec1, pos, tag);
            if (tag == 0xA0) return java.util.Arrays.copyOfRange(sec1, pos[0], pos[0] + len);
            pos[0] += len;
        }
        throw new GeneralSecurityException("EC private key names no curve");
    }

    private static int header(byte[] der, int[] pos, int tag) throws GeneralSecurityException {
        if (pos[0] + 2 > der.length || (der[pos[0]] & 0xFF) != tag) throw new GeneralSecurityException("malformed EC private key");
        int len = der[pos[0] + 1] & 0xFF;
        pos[0] += 2;
        if (len > 0x80) {
            int n = len - 0x80;
            len = 0;
            for (int i = 0; i < n; i++) len = (len << 8) | (der[pos[0]++] & 0xFF);
        }
        return len;
    }

    private static byte[] seq(byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] p : parts) body.writeBytes(p);
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
            for (int i = bytes - 1; i >= 0; i--) out.write(len >>> (8 * i));
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    static String ascii(byte[] b) {
        return new String(b, US_ASCII);
    }
}
