// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What selects and configures the board: {@code --board ID}, {@code --sim scenario.json}, where the
 * one-line notice goes, and the detector (injectable so tests need no /proc).
 */
public record HalOptions(Optional<String> board, Optional<Path> scenario, PrintStream notices, BoardDetector detector) {

    public static HalOptions defaults() {
        return new HalOptions(Optional.empty(), Optional.empty(), System.err, new BoardDetector());
    }

    /** From the runtime's {@code --board} and {@code --sim} options, however the caller looks them up. */
    public static HalOptions from(java.util.function.Function<String, Optional<String>> option) {
        HalOptions o = defaults();
        o = o.withBoard(option.apply("board").orElse(null));
        Optional<String> sim = option.apply("sim");
        return sim.isPresent() ? o.withScenario(Path.of(sim.get())) : o;
    }

    public HalOptions withBoard(String id) {
        return new HalOptions(Optional.ofNullable(id), scenario, notices, detector);
    }

    public HalOptions withScenario(Path file) {
        return new HalOptions(board, Optional.ofNullable(file), notices, detector);
    }

    public HalOptions withNotices(PrintStream out) {
        return new HalOptions(board, scenario, out, detector);
    }

    public HalOptions withDetector(BoardDetector d) {
        return new HalOptions(board, scenario, notices, d);
    }
}
