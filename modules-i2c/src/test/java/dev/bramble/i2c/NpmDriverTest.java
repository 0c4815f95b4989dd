// SPDX-License-Identifier: Apache-2.0
package dev.bramble.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bramble.runtime.testing.JsSuite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real driver from npm, written for Node + i2c-bus, runs unmodified against the simulated BME280:
 * src/test/npm/bme280-app pins {@code bme280@2.1.1} in its package-lock.json; the test installs it with
 * {@code npm ci} and runs the app with bramble. i2c-bus is a native add-on (node-gyp would compile it), so
 * it is installed with --ignore-scripts and its folder (and the add-on's helpers) removed: on Bramble
 * {@code require('i2c-bus')} must then resolve to the built-in.
 */
class NpmDriverTest {

    @TempDir
    Path tmp;

    @Test
    void bme280DriverReadsTheSimulatedSensor() throws Exception {
        Path app = tmp.resolve("bme280-app");
        Files.createDirectories(app);
        for (String f : List.of("package.json", "package-lock.json", "main.js")) {
            Files.copy(Path.of("src/test/npm/bme280-app", f), app.resolve(f));
        }
        npm(app, "ci", "--ignore-scripts", "--no-audit", "--no-fund");
        assertTrue(Files.exists(app.resolve("node_modules/bme280/bme280.js")), "npm ci installed the driver");
        for (String nativeAddon : List.of("i2c-bus", "bindings", "file-uri-to-path", "nan")) {
            delete(app.resolve("node_modules").resolve(nativeAddon));
        }

        JsSuite.Result r = JsSuite.Launcher.run(app, List.of("--allow-i2c", "--board", "sim"), "main.js", Map.of(), 90);
        assertEquals(0, r.code(), r.stdout() + r.stderr());
        List<String> lines = r.stdout().lines().toList();
        assertEquals("i2c-bus is the built-in: true", lines.get(0), r.stdout());
        ObjectMapper json = new ObjectMapper();
        for (String line : lines.subList(1, 3)) {
            JsonNode m = json.readTree(line);
            // The default simulated board's BME280: 21.5 degC, 45 %RH, 1013.25 hPa, through the driver's own compensation.
            assertEquals(21.5, m.get("temperature").asDouble(), 0.05, line);
            assertEquals(45.0, m.get("humidity").asDouble(), 0.1, line);
            assertEquals(1013.25, m.get("pressure").asDouble(), 0.05, line);
        }
        assertEquals("{\"mode\":\"normal\"", lines.get(1).substring(0, 16));
        assertEquals("{\"mode\":\"forced\"", lines.get(2).substring(0, 16));
        assertEquals("no sensor at 0x77: EREMOTEIO", lines.get(3));
    }

    private static void npm(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("npm"));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail("npm is needed to install the driver under test (Node.js 20 with npm): " + e.getMessage());
            return;
        }
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            fail("npm " + String.join(" ", args) + " failed:\n" + out);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
