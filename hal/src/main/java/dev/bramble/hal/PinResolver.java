// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns what a user writes for a pin into a header line: {@code 17} or {@code "17"} (the GPIO number,
 * as onoff takes it), {@code "GPIO17"}, {@code "PIN11"} (the physical header pin) or an alias of the profile.
 */
public final class PinResolver {

    private final BoardProfile board;

    public PinResolver(BoardProfile board) {
        this.board = board;
    }

    public Pin resolve(Object spec) {
        if (spec instanceof Number n) {
            double d = n.doubleValue();
            if (d != Math.rint(d) || d < 0 || d > Integer.MAX_VALUE) {
                throw new PinException("pin " + n + " is not a GPIO number; " + choices());
            }
            return byLine((int) d, String.valueOf((int) d));
        }
        if (!(spec instanceof String s) || s.isBlank()) {
            throw new PinException("pin must be a GPIO number or a name, got " + spec + "; " + choices());
        }
        String text = s.trim().toUpperCase(Locale.ROOT);
        if (text.matches("\\d+")) {
            return byLine(Integer.parseInt(text), s);
        }
        if (text.matches("GPIO\\d+")) {
            return byLine(Integer.parseInt(text.substring(4)), s);
        }
        if (text.matches("PIN\\d+")) {
            int physical = Integer.parseInt(text.substring(3));
            BoardProfile.HeaderPin h = board.headerPin(physical)
                    .orElseThrow(() -> new PinException(s + " is not on the " + board.name() + " header (PIN1-PIN40); " + choices()));
            if (!h.isLine()) {
                throw new PinException(s + " is a " + power(h.power()) + " pin, not a GPIO line; " + choices());
            }
            return pin(h);
        }
        for (Map.Entry<String, String> alias : board.aliases().entrySet()) {
            if (alias.getKey().equalsIgnoreCase(text)) {
                return resolve(alias.getValue());
            }
        }
        throw new PinException("unknown pin '" + s + "' on the " + board.name() + "; " + choices());
    }

    private Pin byLine(int line, String asWritten) {
        return board.headerLine(line).map(PinResolver::pin)
                .orElseThrow(() -> new PinException("GPIO" + line + " (" + asWritten + ") is not a line on the "
                        + board.name() + " header; " + choices()));
    }

    private static Pin pin(BoardProfile.HeaderPin h) {
        return new Pin(h.line(), h.pin(), h.name());
    }

    private static String power(String p) {
        return "GND".equals(p) ? "ground (GND)" : "power (" + p + ")";
    }

    /** The sentence every pin error ends with: what the user may write instead. */
    public String choices() {
        List<BoardProfile.HeaderPin> lines = board.header().stream().filter(BoardProfile.HeaderPin::isLine).toList();
        String gpios = lines.stream().map(h -> h.line()).sorted().map(String::valueOf).collect(Collectors.joining(", "));
        String pins = lines.stream().map(h -> "PIN" + h.pin()).collect(Collectors.joining(", "));
        String aliases = String.join(", ", board.aliases().keySet());
        return "valid pins are GPIO numbers " + gpios + " (also as 'GPIO17'), header pins " + pins
                + (aliases.isEmpty() ? "" : ", or aliases " + aliases);
    }
}
