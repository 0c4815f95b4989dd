// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Chooses the backend and board, per DESIGN.md: {@code --board ID} explicitly; otherwise detection,
 * and off a real board the simulated board with a one-line notice. A scenario file implies the sim.
 */
public final class Hal {

    private static final Map<Object, Board> SHARED = new WeakHashMap<>();

    private Hal() {}

    /** The backends on the class path, found with {@link ServiceLoader}. */
    public static List<Backend> backends() {
        List<Backend> found = new ArrayList<>();
        ServiceLoader.load(Backend.class, Hal.class.getClassLoader()).forEach(found::add);
        return found;
    }

    public static Board open(HalOptions options) {
        return open(options, backends());
    }

    public static Board open(HalOptions options, List<Backend> backends) {
        Backend sim = backends.stream().filter(Backend::simulated).findFirst()
                .orElseThrow(() -> new HalException("no simulated backend on the class path"));
        if (options.board().isPresent()) {
            BoardProfile profile = BoardProfiles.require(options.board().get());
            return profile.isSimulated() ? sim.open(profile, options) : real(backends, profile, "--board " + profile.id()).open(profile, options);
        }
        if (options.scenario().isPresent()) {
            return sim.open(BoardProfiles.sim(), options);
        }
        BoardDetector.Detection found = options.detector().detect();
        if (found.board().isPresent()) {
            BoardProfile profile = found.board().get();
            return real(backends, profile, profile.name() + " detected from " + found.how()).open(profile, options);
        }
        options.notices().println("bramble: no Raspberry Pi detected (" + found.how() + "); using the simulated board (--board sim)");
        return sim.open(BoardProfiles.sim(), options);
    }

    private static Backend real(List<Backend> backends, BoardProfile profile, String why) {
        List<Backend> hardware = backends.stream().filter(b -> !b.simulated()).toList();
        return hardware.stream().filter(Backend::isAvailable).findFirst().orElseThrow(() -> new HalException(
                why + ", but no hardware backend can drive it: "
                        + (hardware.isEmpty() ? "none on the class path" : hardware.stream()
                                .map(b -> b.id() + ": " + b.unavailabilityCause().orElse("unavailable"))
                                .collect(Collectors.joining("; ")))
                        + ". Run with --board sim to use the simulated board."));
    }

    /**
     * One board per owner (the runtime instance), opened on first use and shared by the built-ins that
     * need it (gpio, bramble:sim, later i2c/spi), so a scenario's devices are seen by all of them.
     */
    public static Board shared(Object owner, Supplier<HalOptions> options) {
        synchronized (SHARED) {
            Board board = SHARED.get(owner);
            if (board == null) {
                board = open(options.get());
                SHARED.put(owner, board);
            }
            return board;
        }
    }

    /** Closes and forgets the owner's board, releasing its lines (called at exit). */
    public static void release(Object owner) {
        Board board;
        synchronized (SHARED) {
            board = SHARED.remove(owner);
        }
        if (board != null) {
            board.close();
        }
    }
}
