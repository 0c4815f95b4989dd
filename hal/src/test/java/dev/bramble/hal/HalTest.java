// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bramble.hal.pi4j.Pi4jBackend;
import dev.bramble.hal.sim.SimBackend;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HalTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream notices = new ByteArrayOutputStream();

    private HalOptions options(String model) throws IOException {
        Path m = dir.resolve("model");
        if (model != null) {
            Files.writeString(m, model);
        }
        return HalOptions.defaults().withNotices(new PrintStream(notices, true, StandardCharsets.UTF_8))
                .withDetector(new BoardDetector(m, dir.resolve("cpuinfo"), BoardProfiles.all()));
    }

    private List<Backend> backends() {
        // A pi4j backend that sees this machine as it is: no /dev/gpiochip here.
        return List.of(new Pi4jBackend(dir.resolve("sys"), dir.resolve("dev"), "aarch64", null), new SimBackend());
    }

    @Test
    void bothBackendsAreFoundWithServiceLoader() {
        assertEquals(List.of("pi4j", "sim"), Hal.backends().stream().map(Backend::id).sorted().toList());
    }

    @Test
    void offABoardTheSimIsChosenWithOneLineNotice() throws IOException {
        try (Board board = Hal.open(options(null), backends())) {
            assertEquals("sim", board.backend());
            assertEquals("sim", board.profile().id());
        }
        String text = notices.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("bramble: no Raspberry Pi detected") && text.contains("--board sim"), text);
        assertEquals(1, text.lines().count());
    }

    @Test
    void explicitSimSaysNothing() throws IOException {
        try (Board board = Hal.open(options(null).withBoard("sim"), backends())) {
            assertEquals("sim", board.backend());
        }
        assertEquals("", notices.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDetectedBoardWithoutAWorkingBackendIsAnErrorNotASilentSim() throws IOException {
        HalException e = assertThrows(HalException.class, () -> Hal.open(options("Raspberry Pi 5 Model B Rev 1.0"), backends()));
        assertTrue(e.getMessage().contains("Raspberry Pi 5 detected") && e.getMessage().contains("/dev/gpiochip"), e.getMessage());
        assertTrue(e.getMessage().contains("--board sim"), e.getMessage());
    }

    @Test
    void anExplicitRealBoardOffDeviceExplainsWhy() throws IOException {
        List<Backend> amd64 = List.of(new Pi4jBackend(dir, dir, "amd64", null), new SimBackend());
        HalException e = assertThrows(HalException.class, () -> Hal.open(options(null).withBoard("rpi-4b"), amd64));
        assertTrue(e.getMessage().contains("pi4j: Pi4J's gpiod provider has native code for aarch64 and armhf only"), e.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Hal.open(options(null).withBoard("pi6"), amd64));
        assertTrue(unknown.getMessage().contains("rpi-5") && unknown.getMessage().contains("sim"), unknown.getMessage());
    }

    @Test
    void boardIdsHaveShortForms() {
        assertEquals("rpi-5", BoardProfiles.require("pi5").id());
        assertEquals("rpi-4b", BoardProfiles.require("pi4b").id());
        assertEquals("rpi-3b-plus", BoardProfiles.require("3b+").id());
        assertEquals("rpi-cm5", BoardProfiles.require("CM5").id());
        assertEquals("rpi-zero-2w", BoardProfiles.require("zero2w").id());
        assertThrows(IllegalArgumentException.class, () -> BoardProfiles.require("pi6"));
    }

    @Test
    void aScenarioFileMeansTheSimulator() throws IOException {
        Path scenario = Files.writeString(dir.resolve("s.json"), "{\"devices\": [{\"type\": \"led\", \"id\": \"red\", \"pin\": \"PIN40\"}]}");
        try (Board board = Hal.open(options("Raspberry Pi 5 Model B Rev 1.0").withScenario(scenario), backends())) {
            assertEquals("GPIO21", board.sim().orElseThrow().led("red").orElseThrow().pin().name());
        }
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"devices\": [{\"type\": \"toaster\", \"pin\": 17}]}");
        HalException e = assertThrows(HalException.class, () -> Hal.open(options(null).withScenario(bad), backends()));
        assertTrue(e.getMessage().contains("toaster"), e.getMessage());
    }

    @Test
    void boardInfoDrawsTheHeader() throws IOException {
        String text = BoardInfo.render(options(null).withBoard("rpi-5"));
        assertTrue(text.startsWith("Board:    Raspberry Pi 5 (rpi-5), chosen with --board rpi-5"), text);
        assertTrue(text.contains("pinctrl-rp1 (gpiochip0 or gpiochip4)"), text);
        assertTrue(text.matches("(?s).*I2C1_SDA GPIO2 +3 \\[o \\+\\] 4 +5V.*"), text);
        assertTrue(text.contains("PWM0_CHAN2"), text);
        assertTrue(text.matches("(?s).*GND +39 \\[- o\\] 40 +GPIO21 +SPI1_SCLK.*"), text);
        assertEquals(20, text.lines().filter(l -> l.matches(".*\\d+ \\[. .\\] \\d+.*")).count());
        String off = BoardInfo.render(options(null));
        assertTrue(off.contains("no Raspberry Pi detected") && off.contains("LED=GPIO17"), off);
    }
}
