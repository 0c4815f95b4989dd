// SPDX-License-Identifier: Apache-2.0
package dev.bramble.gpio;

import dev.bramble.hal.Board;
import dev.bramble.hal.Hal;
import dev.bramble.hal.HalException;
import dev.bramble.hal.HalOptions;
import dev.bramble.hal.Pin;
import dev.bramble.hal.PinException;
import dev.bramble.runtime.spi.Host;
import dev.bramble.runtime.spi.Permissions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one board per runtime that {@code gpio} and {@code bramble:sim} share (so the scenario's devices
 * are the ones the program's pins touch), opened on first use from {@code --board}/{@code --sim} and
 * closed at exit; plus the pin checks both bindings make.
 */
final class Boards {

    private Boards() {}

    static HalOptions options(Map<String, String> runtimeOptions) {
        HalOptions o = HalOptions.defaults();
        if (runtimeOptions.get("board") != null) {
            o = o.withBoard(runtimeOptions.get("board"));
        }
        if (runtimeOptions.get("sim") != null) {
            o = o.withScenario(Path.of(runtimeOptions.get("sim")));
        }
        return o;
    }

    /** The runtime's board; the first caller registers its release at exit. */
    static Board of(Host host) {
        try {
            return Hal.shared(host, () -> {
                host.loop().onExit(() -> Hal.release(host));
                Map<String, String> opts = new java.util.HashMap<>();
                host.option("board").ifPresent(v -> opts.put("board", v));
                host.option("sim").ifPresent(v -> opts.put("sim", v));
                return options(opts);
            });
        } catch (HalException | IllegalArgumentException e) {
            throw host.errors().throwError("Error", "ERR_GPIO_UNAVAILABLE", e.getMessage());
        }
    }

    /** Resolves a pin as the user wrote it (number or name); a bad one is a TypeError naming the valid choices. */
    static Pin resolve(Host host, Board board, Object spec) {
        try {
            return board.pins().resolve(spec);
        } catch (PinException e) {
            throw host.errors().throwError("TypeError", "ERR_INVALID_ARG_VALUE", e.getMessage());
        }
    }

    /** Every name a pin answers to, canonical first, so {@code --allow-gpio=17}, {@code =GPIO17}, {@code =PIN11} or {@code =LED} all grant it. */
    static List<String> names(Board board, Pin pin) {
        List<String> names = new ArrayList<>(List.of(pin.name(), String.valueOf(pin.line()), "PIN" + pin.header()));
        board.profile().aliases().forEach((alias, target) -> {
            if (target.equals(pin.name())) {
                names.add(alias);
            }
        });
        return names;
    }

    static void check(Host host, Board board, Pin pin, String api) {
        host.permissions().checkAny(Permissions.Kind.GPIO, api, names(board, pin));
    }
}
