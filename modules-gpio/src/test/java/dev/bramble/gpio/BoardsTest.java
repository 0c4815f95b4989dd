// SPDX-License-Identifier: Apache-2.0
package dev.bramble.gpio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bramble.hal.BoardProfiles;
import dev.bramble.hal.HalOptions;
import dev.bramble.hal.sim.Scenario;
import dev.bramble.hal.sim.SimBoard;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoardsTest {

    @Test
    void aPinIsGrantedByAnyOfItsNames() {
        try (SimBoard sim = new SimBoard(BoardProfiles.sim(), Scenario.defaults())) {
            assertEquals(List.of("GPIO17", "17", "PIN11", "LED"), Boards.names(sim, sim.pins().resolve(17)));
            assertEquals(List.of("GPIO2", "2", "PIN3", "SDA"), Boards.names(sim, sim.pins().resolve("PIN3")));
        }
    }

    @Test
    void runtimeOptionsBecomeHalOptions() {
        HalOptions o = Boards.options(Map.of("board", "pi5", "sim", "/tmp/s.json"));
        assertEquals("pi5", o.board().orElseThrow());
        assertEquals(Path.of("/tmp/s.json"), o.scenario().orElseThrow());
        assertTrue(Boards.options(Map.of()).board().isEmpty());
    }

    @Test
    void boardInfoCommandPrintsTheHeaderOrAnError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BoardInfoCommand cmd = new BoardInfoCommand();
        assertEquals("board-info", cmd.name());
        assertEquals(0, cmd.run(Map.of("board", "pi4b"), List.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Board:    Raspberry Pi 4 Model B (rpi-4b)") && text.contains("GPIO17   11 [o o] 12"), text);
        assertEquals(2, cmd.run(Map.of("board", "pi9"), List.of(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown board 'pi9'; known boards: rpi-3b"), err.toString(StandardCharsets.UTF_8));
    }
}
