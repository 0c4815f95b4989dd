// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.tls;

import java.util.ArrayList;
import java.util.List;

/** Cipher suite names between OpenSSL's ("ECDHE-RSA-AES128-GCM-SHA256") and the JDK's (IANA's). */
final class Ciphers {

    private Ciphers() {}

    /** IANA to OpenSSL: TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 to ECDHE-RSA-AES128-GCM-SHA256; TLS 1.3 names stay. */
    static String openssl(String iana) {
        if (!iana.contains("_WITH_")) return iana;
        String s = iana.replaceFirst("^TLS_", "").replace("_WITH_", "_").replace("AES_128", "AES128").replace("AES_256", "AES256")
                .replace("CHACHA20_POLY1305", "CHACHA20-POLY1305").replace("_CBC", "");
        return s.replace('_', '-');
    }

    /**
     * The JDK suites an OpenSSL cipher list names. Names the JDK lacks and OpenSSL's keywords
     * ("HIGH", "!aNULL") are skipped; null means "keep the defaults" (only keywords were given).
     */
    static List<String> fromOpenssl(String spec) {
        List<String> out = new ArrayList<>();
        boolean named = false;
        String[] supported;
        try {
            supported = javax.net.ssl.SSLContext.getDefault().getSupportedSSLParameters().getCipherSuites();
        } catch (java.security.NoSuchAlgorithmException e) {
            return null;
        }
        for (String part : spec.split("[:, ]+")) {
            if (part.isEmpty() || part.startsWith("!") || part.startsWith("-") || part.startsWith("+")
                    || part.equals(part.toUpperCase()) && !part.contains("-") && !part.startsWith("TLS_")) {
                continue;
            }
            named = true;
            for (String s : supported) {
                if (s.equals(part) || openssl(s).equalsIgnoreCase(part)) out.add(s);
            }
        }
        return named ? out : null;
    }
}
