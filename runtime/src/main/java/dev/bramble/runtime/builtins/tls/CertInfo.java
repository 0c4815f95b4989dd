// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.tls;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.security.auth.x500.X500Principal;

/**
 * A certificate as Node's {@code getPeerCertificate()} describes it, in OpenSSL's words: subject
 * and issuer fields by their short names in certificate order, "DNS:a, IP Address:b" alternative
 * names, "Mar  5 12:00:00 2025 GMT" dates, colon-separated upper-case fingerprints. JS gets a flat
 * list of name/value pairs and builds the object.
 */
final class CertInfo {

    private static final DateTimeFormatter OPENSSL_DATE =
            DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Map<String, String> OIDS = Map.of(
            "1.2.840.113549.1.9.1", "emailAddress", "2.5.4.5", "serialNumber", "2.5.4.42", "GN", "2.5.4.4", "SN",
            "2.5.4.12", "title", "0.9.2342.19200300.100.1.25", "DC", "2.5.4.46", "dnQualifier", "2.5.4.17", "postalCode");
    private static final Map<String, String[]> CURVES = Map.of(
            "secp256r1", new String[] {"prime256v1", "P-256"}, "secp384r1", new String[] {"secp384r1", "P-384"},
            "secp521r1", new String[] {"secp521r1", "P-521"});

    private CertInfo() {}

    static Object[] describe(X509Certificate c) {
        List<Object> out = new ArrayList<>();
        try {
            out.add("subject");
            out.add(names(c.getSubjectX500Principal()));
            out.add("issuer");
            out.add(names(c.getIssuerX500Principal()));
            String san = altNames(c);
            if (san != null) {
                out.add("subjectaltname");
                out.add(san);
            }
            out.add("ca");
            out.add(c.getBasicConstraints() >= 0);
            if (c.getPublicKey() instanceof RSAPublicKey rsa) {
                out.add("modulus");
                out.add(hex(rsa.getModulus()));
                out.add("bits");
                out.add(rsa.getModulus().bitLength());
                out.add("exponent");
                out.add("0x" + rsa.getPublicExponent().toString(16));
                out.add("pubkey");
                out.add(ByteBuffer.wrap(c.getPublicKey().getEncoded()));
            } else if (c.getPublicKey() instanceof ECPublicKey ec) {
                out.add("bits");
                out.add(ec.getParams().getOrder().bitLength());
                out.add("pubkey");
                out.add(ByteBuffer.wrap(c.getPublicKey().getEncoded()));
                String[] curve = CURVES.get(curveName(ec));
                if (curve != null) {
                    out.add("asn1Curve");
                    out.add(curve[0]);
                    out.add("nistCurve");
                    out.add(curve[1]);
                }
            }
            out.add("valid_from");
            out.add(OPENSSL_DATE.format(c.getNotBefore().toInstant()));
            out.add("valid_to");
            out.add(OPENSSL_DATE.format(c.getNotAfter().toInstant()));
            byte[] der = c.getEncoded();
            out.add("fingerprint");
            out.add(fingerprint("SHA-1", der));
            out.add("fingerprint256");
            out.add(fingerprint("SHA-256", der));
            out.add("fingerprint512");
            out.add(fingerprint("SHA-512", der));
            List<String> eku = c.getExtendedKeyUsage();
            if (eku != null) {
                out.add("ext_key_usage");
                out.add(eku.toArray());
            }
            out.add("serialNumber");
            out.add(hex(c.getSerialNumber()));
            out.add("raw");
            out.add(ByteBuffer.wrap(der));
        } catch (CertificateEncodingException | CertificateParsingException e) {
            throw new IllegalStateException("unreadable certificate", e);
        }
        return out.toArray();
    }

    /** Name/value pairs of a distinguished name, in certificate order (RFC 2253 text lists them last first). */
    private static Object[] names(X500Principal p) {
        String dn = p.getName(X500Principal.RFC2253, OIDS);
        List<String[]> rdns = new ArrayList<>();
        StringBuilder type = new StringBuilder();
        StringBuilder value = new StringBuilder();
        boolean inValue = false;
        for (int i = 0; i < dn.length(); i++) {
            char ch = dn.charAt(i);
            if (ch == '\\' && i + 1 < dn.length()) {
                char next = dn.charAt(i + 1);
                if (Character.digit(next, 16) >= 0 && i + 2 < dn.length() && Character.digit(dn.charAt(i + 2), 16) >= 0) {
                    value.append((char) Integer.parseInt(dn.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    value.append(next);
                    i++;
                }
            } else if (!inValue && ch == '=') {
                inValue = true;
            } else if (inValue && (ch == ',' || ch == '+')) {
                rdns.add(new String[] {type.toString(), value.toString()});
                type.setLength(0);
                value.setLength(0);
                inValue = false;
            } else if (inValue) {
                value.append(ch);
            } else {
                type.append(ch);
            }
        }
        if (!type.isEmpty()) rdns.add(new String[] {type.toString(), value.toString()});
        List<Object> out = new ArrayList<>();
        for (int i = rdns.size() - 1; i >= 0; i--) {
            out.add(rdns.get(i)[0]);
            out.add(rdns.get(i)[1]);
        }
        return out.toArray();
    }

    private static String altNames(X509Certificate c) throws CertificateParsingException {
        var all = c.getSubjectAlternativeNames();
        if (all == null) return null;
        List<String> parts = new ArrayList<>();
        for (List<?> entry : all) {
            int type = (Integer) entry.get(0);
            Object v = entry.get(1);
            switch (type) {
                case 1 -> parts.add("email:" + v);
                case 2 -> parts.add("DNS:" + v);
                case 6 -> parts.add("URI:" + v);
                case 7 -> parts.add("IP Address:" + ip(String.valueOf(v)));
                default -> { }
            }
        }
        return String.join(", ", parts);
    }

    // OpenSSL prints IPv6 as eight upper-case groups without zero compression.
    private static String ip(String v) {
        if (!v.contains(":")) return v;
        StringBuilder sb = new StringBuilder();
        for (String g : v.split(":")) {
            if (!sb.isEmpty()) sb.append(':');
            sb.append(Integer.toHexString(Integer.parseInt(g, 16)).toUpperCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private static String curveName(ECPublicKey ec) {
        String s = ec.getParams().toString();
        int i = s.indexOf(' ');
        return (i > 0 ? s.substring(0, i) : s).toLowerCase(Locale.ROOT);
    }

    /** OpenSSL's BN_bn2hex: upper case, an even number of digits. */
    static String hex(BigInteger n) {
        String s = n.toString(16).toUpperCase(Locale.ROOT);
        return s.length() % 2 == 1 ? "0" + s : s;
    }

    private static String fingerprint(String alg, byte[] der) {
        try {
            byte[] d = MessageDigest.getInstance(alg).digest(der);
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
