// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The text {@code bramble --board-info} prints: which board, which backend, and a header diagram. */
public final class BoardInfo {

    private BoardInfo() {}

    /** Detects (or takes {@code --board}) and renders; never opens a line. */
    public static String render(HalOptions options) {
        BoardDetector.Detection found = options.detector().detect();
        BoardProfile board;
        String source;
        if (options.board().isPresent()) {
            board = BoardProfiles.require(options.board().get());
            source = "chosen with --board " + board.id();
        } else if (found.board().isPresent()) {
            board = found.board().get();
            source = "detected from " + found.how();
        } else {
            board = BoardProfiles.sim();
            source = "no Raspberry Pi detected (" + found.how() + "), so the simulated board";
        }
        return render(board, source, Hal.backends());
    }

    public static String render(BoardProfile b, String source, List<Backend> backends) {
        StringBuilder out = new StringBuilder();
        out.append("Board:    ").append(b.name()).append(" (").append(b.id()).append("), ").append(source).append('\n');
        out.append("SoC:      ").append(b.soc()).append("; GPIO chip labelled ").append(b.gpiochip().label())
                .append(" (").append(String.join(" or ", b.gpiochip().devices())).append("), ")
                .append(b.gpiochip().lines()).append(" lines\n");
        out.append("Backends: ").append(backends.stream().map(BoardInfo::describe).collect(Collectors.joining("; "))).append('\n');
        if (b.notes() != null) {
            out.append("Notes:    ").append(b.notes()).append('\n');
        }
        out.append('\n');
        header(out, b);
        out.append('\n');
        for (BoardProfile.I2c bus : b.i2c()) {
            out.append(String.format("I2C   %-7s %-16s SDA GPIO%d, SCL GPIO%d%s%n", bus.id(), bus.device(), bus.sda(), bus.scl(), enable(bus.enable())));
        }
        for (BoardProfile.Spi dev : b.spi()) {
            out.append(String.format("SPI   %-7s %-16s SCLK GPIO%d, MOSI GPIO%d, MISO GPIO%d, CS GPIO%d%s%n",
                    dev.id(), dev.device(), dev.sclk(), dev.mosi(), dev.miso(), dev.cs(), enable(dev.enable())));
        }
        for (BoardProfile.Uart u : b.uarts()) {
            out.append(String.format("UART  %-7s %-16s TX GPIO%d, RX GPIO%d%s%n", u.id(), String.join(" or ", u.devices()), u.tx(), u.rx(), enable(u.enable())));
        }
        if (b.pwm() != null) {
            out.append("PWM   ").append(b.pwm().channels().stream().map(c -> "GPIO" + c.line() + "=ch" + c.channel())
                    .collect(Collectors.joining(", "))).append(" (hardware, ").append(b.pwm().chip().device()).append(')')
                    .append(enable(b.pwm().enable())).append("; software PWM on any other line\n");
        }
        if (!b.leds().isEmpty()) {
            out.append("LEDs  ").append(b.leds().stream().map(l -> l.name() + " (" + l.color() + ", /sys/class/leds/" + l.sysfs().get(0) + ")")
                    .collect(Collectors.joining(", "))).append('\n');
        }
        if (!b.aliases().isEmpty()) {
            out.append("Aliases ").append(b.aliases().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", "))).append('\n');
        }
        out.append("Pins may be given as 17, 'GPIO17', 'PIN11' or an alias.\n");
        return out.toString();
    }

    private static String describe(Backend backend) {
        return backend.id() + (backend.isAvailable() ? " available" : " unavailable (" + backend.unavailabilityCause().orElse("?") + ")");
    }

    private static String enable(String how) {
        return how == null ? "" : "  [" + how + "]";
    }

    private static void header(StringBuilder out, BoardProfile b) {
        out.append(String.format("%24s %-7s %s %-7s %s%n", "function", "name", " pin  pin ", "name", "function"));
        for (int odd = 1; odd < 40; odd += 2) {
            BoardProfile.HeaderPin l = b.headerPin(odd).orElseThrow();
            BoardProfile.HeaderPin r = b.headerPin(odd + 1).orElseThrow();
            out.append(String.format("%24s %-7s %3d [%s %s] %-3d %-7s %s%n", function(l), label(l), odd, dot(l), dot(r), odd + 1, label(r), function(r)).stripTrailing());
            out.append('\n');
        }
    }

    private static String label(BoardProfile.HeaderPin h) {
        return h.isLine() ? h.name() : h.power();
    }

    private static String dot(BoardProfile.HeaderPin h) {
        return h.isLine() ? "o" : "GND".equals(h.power()) ? "-" : "+";
    }

    private static String function(BoardProfile.HeaderPin h) {
        Optional<BoardProfile.Function> f = h.functions().stream().filter(x -> x.note() == null).findFirst();
        return f.map(BoardProfile.Function::function).orElse("");
    }
}
