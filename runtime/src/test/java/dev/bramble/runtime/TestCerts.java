// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TLS tests' certificates: src/test/js/tls/fixtures/make-certs.sh run once per JVM (it needs
 * the openssl command), its PEMs handed to every JS test as TLS_* environment variables.
 */
final class TestCerts {

    private static final Pattern EXPORT = Pattern.compile("export (TLS_\\w+)='([^']*)'", Pattern.DOTALL);
    private static Map<String, String> env;

    private TestCerts() {}

    static synchronized Map<String, String> env() {
        if (env != null) return env;
        try {
            Path dir = Files.createTempDirectory("bramble-tls-certs");
            Process p = new ProcessBuilder("sh", Path.of("src/test/js/tls/fixtures/make-certs.sh").toAbsolutePath().toString(),
                    dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("make-certs.sh failed (is the openssl command installed?):\n" + out);
            }
            Map<String, String> m = new LinkedHashMap<>();
            Matcher matcher = EXPORT.matcher(out);
            while (matcher.find()) m.put(matcher.group(1), matcher.group(2));
            if (m.size() < 13) throw new IllegalStateException("make-certs.sh printed too few certificates:\n" + out);
            env = m;
            return env;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run make-certs.sh", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
