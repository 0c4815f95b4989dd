// SPDX-License-Identifier: Apache-2.0
package dev.bramble.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bramble.runtime.testing.JsSuite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** samples/bme280 runs as a user would start it: on the simulated board's BME280, with its package.json grant. */
class SamplesTest {

    static Path repo() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("samples/bme280"))) {
                return d;
            }
        }
        throw new IllegalStateException("cannot find samples/ above " + Path.of("").toAbsolutePath());
    }

    @Test
    void bme280PrintsAReadingEverySecond() throws Exception {
        long t0 = System.nanoTime();
        JsSuite.Result r = JsSuite.Launcher.run(repo(), List.of(), "samples/bme280/main.js", Map.of(), 90, "3");
        assertEquals(0, r.code(), r.stderr());
        List<String> lines = r.stdout().lines().toList();
        assertEquals("BME280 at 0x76 on i2c-1", lines.get(0));
        assertEquals(List.of("21.50 °C  45.0 %RH  1013.25 hPa", "21.50 °C  45.0 %RH  1013.25 hPa", "21.50 °C  45.0 %RH  1013.25 hPa"),
                lines.subList(1, lines.size()));
        assertTrue(System.nanoTime() - t0 > 2_000_000_000L, "three readings a second apart take at least two seconds");
    }
}
