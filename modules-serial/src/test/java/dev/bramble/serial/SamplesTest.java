// SPDX-License-Identifier: Apache-2.0
package dev.bramble.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bramble.runtime.testing.JsSuite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** samples/serial-gps with its scenario: the recorded NMEA stream played into the simulated UART0. */
class SamplesTest {

    static Path repo() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("samples/serial-gps"))) {
                return d;
            }
        }
        throw new IllegalStateException("cannot find samples/ above " + Path.of("").toAbsolutePath());
    }

    @Test
    void serialGpsPrintsEveryFixOfTheTrack() throws Exception {
        JsSuite.Result r = JsSuite.Launcher.run(repo(), List.of("--sim", "samples/serial-gps/scenario.json"),
                "samples/serial-gps/main.js", Map.of(), 90, "UART0", "40");
        assertEquals(0, r.code(), r.stderr());
        List<String> lines = r.stdout().lines().toList();
        assertEquals("reading NMEA from UART0 at 9600 baud", lines.get(0));
        List<String> fixes = lines.stream().filter(l -> l.contains(" UTC ")).toList();
        assertEquals(40, fixes.size(), r.stdout());
        assertEquals("10:15:00 UTC  52.20530, 0.12180  2.7 kn, 7 satellites, 12.0 m", fixes.get(0));
        assertEquals("10:15:39 UTC  52.20686, 0.12415  2.7 kn, 10 satellites, 15.9 m", fixes.get(39));
        assertEquals(1, lines.stream().filter(l -> l.startsWith("skipped a damaged sentence")).count(), r.stdout());
    }
}
