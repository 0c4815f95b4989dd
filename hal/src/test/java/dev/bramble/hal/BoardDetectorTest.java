// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardDetectorTest {

    @TempDir
    Path dir;

    private String detect(String model, String revision) throws IOException {
        Path m = dir.resolve("model");
        Path c = dir.resolve("cpuinfo");
        Files.deleteIfExists(m);
        Files.deleteIfExists(c);
        if (model != null) {
            Files.writeString(m, model + "\0"); // the device tree ends the string with NUL
        }
        Files.writeString(c, "processor\t: 0\nBogoMIPS\t: 108.00\n" + (revision == null ? "" : "Revision\t: " + revision + "\nSerial\t\t: 10000000abcdef\n"));
        return new BoardDetector(m, c, BoardProfiles.all()).detect().board().map(BoardProfile::id).orElse("none");
    }

    @Test
    void revisionCodeNamesTheBoard() throws IOException {
        assertEquals("rpi-5", detect(null, "c04170"));
        assertEquals("rpi-4b", detect(null, "d03115"));
        assertEquals("rpi-3b", detect(null, "a02082"));
        assertEquals("rpi-3b-plus", detect(null, "a020d3"));
        assertEquals("rpi-zero-2w", detect(null, "902120"));
        assertEquals("rpi-400", detect(null, "c03130"));
        assertEquals("rpi-cm4", detect(null, "b03140"));
        assertEquals("rpi-cm5", detect(null, "d04180"));
    }

    @Test
    void modelStringIsUsedWhenTheRevisionIsUnknown() throws IOException {
        assertEquals("rpi-3b-plus", detect("Raspberry Pi 3 Model B Plus Rev 1.3", null));
        assertEquals("rpi-3b", detect("Raspberry Pi 3 Model B Rev 1.2", null));
        assertEquals("rpi-cm5", detect("Raspberry Pi Compute Module 5 Lite Rev 1.0", "0002"));
        assertEquals("rpi-5", detect("Raspberry Pi 5 Model B Rev 1.0", "zz"));
    }

    @Test
    void aLaptopIsNoBoardAndSaysWhy() throws IOException {
        assertEquals("none", detect(null, null));
        BoardDetector.Detection d = new BoardDetector(dir.resolve("nope"), dir.resolve("nope2"), BoardProfiles.all()).detect();
        assertTrue(d.how().contains("missing"), d.how());
        assertEquals("none", detect("Orange Pi 5", null));
    }
}
