// SPDX-License-Identifier: Apache-2.0
package dev.bramble.gpio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bramble.runtime.testing.JsSuite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** samples/blink and samples/button-led run as a user would start them, on the simulated board by default. */
class SamplesTest {

    private static Path repo() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("samples/blink"))) {
                return d;
            }
        }
        throw new IllegalStateException("cannot find samples/ above " + Path.of("").toAbsolutePath());
    }

    @Test
    void blinkBlinksTenTimesOnTheSimulatedBoard() throws Exception {
        JsSuite.Result r = JsSuite.Launcher.run(repo(), List.of(), "samples/blink/main.js", Map.of(), 90);
        assertEquals(0, r.code(), r.stderr());
        assertTrue(r.stderr().contains("using the simulated board"), r.stderr());
        List<String> lines = r.stdout().lines().toList();
        assertEquals("blinking GPIO17 (pin 11) on Simulated 40-pin board", lines.get(0));
        assertEquals(20, lines.stream().filter(l -> l.equals("on") || l.equals("off")).count(), r.stdout());
    }

    @Test
    void buttonLedMirrorsThreeClicks() throws Exception {
        JsSuite.Result r = JsSuite.Launcher.run(repo(), List.of(), "samples/button-led/main.js", Map.of(), 90);
        assertEquals(0, r.code(), r.stderr());
        assertEquals(3, r.stdout().lines().filter(l -> l.equals("pressed: LED on")).count(), r.stdout());
        assertEquals(3, r.stdout().lines().filter(l -> l.equals("released: LED off")).count(), r.stdout());
    }
}
