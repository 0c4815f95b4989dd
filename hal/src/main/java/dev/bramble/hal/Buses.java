// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Finds a board's I2C buses, SPI devices and serial ports by the names users give them: a bus number
 * ({@code 1}) or profile id ({@code i2c-1}); {@code (0, 1)} or {@code spi0.1}; a path
 * ({@code /dev/ttyUSB0}) or the profile's UART id or device ({@code UART0}, {@code /dev/serial0}).
 */
public final class Buses {

    private Buses() {}

    public static BoardProfile.I2c i2c(BoardProfile profile, String spec) throws BusException {
        String id = spec.matches("\\d+") ? "i2c-" + spec : spec;
        for (BoardProfile.I2c b : list(profile.i2c())) {
            if (b.id().equalsIgnoreCase(id) || b.device().equals(spec)) {
                return b;
            }
        }
        throw new BusException("ENODEV", 19, "No such device", profile.name() + " has no I2C bus '" + id + "'; its buses: "
                + (list(profile.i2c()).isEmpty() ? "none" : list(profile.i2c()).stream().map(BoardProfile.I2c::id).collect(Collectors.joining(", "))));
    }

    public static BoardProfile.Spi spi(BoardProfile profile, String spec) throws BusException {
        for (BoardProfile.Spi s : list(profile.spi())) {
            if (s.id().equalsIgnoreCase(spec) || s.device().equals(spec)) {
                return s;
            }
        }
        throw new BusException("ENODEV", 19, "No such device", profile.name() + " has no SPI device '" + spec + "'; its devices: "
                + (list(profile.spi()).isEmpty() ? "none" : list(profile.spi()).stream().map(BoardProfile.Spi::id).collect(Collectors.joining(", "))));
    }

    /** The profile's UART a name or path belongs to, if any. */
    public static java.util.Optional<BoardProfile.Uart> uart(BoardProfile profile, String spec) {
        for (BoardProfile.Uart u : list(profile.uarts())) {
            if (u.id().equalsIgnoreCase(spec) || (u.devices() != null && u.devices().contains(spec))) {
                return java.util.Optional.of(u);
            }
        }
        return java.util.Optional.empty();
    }

    /** The device path to open for a port name: a UART id becomes its first device, a path stays as it is. */
    public static String serialPath(BoardProfile profile, String spec) {
        return uart(profile, spec).filter(u -> u.id().equalsIgnoreCase(spec) && u.devices() != null && !u.devices().isEmpty())
                .map(u -> u.devices().get(0)).orElse(spec);
    }

    /** Every name a port answers to, the one given first, for {@code --allow-serial}. */
    public static List<String> serialNames(BoardProfile profile, String spec) {
        List<String> names = new ArrayList<>(List.of(spec));
        uart(profile, spec).ifPresent(u -> {
            names.add(u.id());
            if (u.devices() != null) {
                names.addAll(u.devices());
            }
        });
        return names;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
