// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.pi4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds devices by what they are rather than by number, since numbers move between kernels (the Pi 5's
 * RP1 was gpiochip4 before 6.6.45 and is gpiochip0 after). The sysfs root is injectable for tests.
 */
final class SysfsLocator {

    private final Path sys;
    private final Path dev;

    /** Where device nodes are ({@code /dev}, or a test's folder). */
    Path dev() {
        return dev;
    }

    SysfsLocator(Path sys, Path dev) {
        this.sys = sys;
        this.dev = dev;
    }

    /** The character devices present ({@code gpiochip0}, ...). */
    List<String> gpioChips() {
        try (Stream<Path> s = Files.list(dev)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.matches("gpiochip\\d+")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The {@code gpiochipN} whose label is {@code label}: each chip in {@code /sys/bus/gpio/devices/gpiochipN}
     * has its parent device's legacy entry in {@code /sys/class/gpio/gpiochipBASE/label}; both hang off the same parent.
     */
    Optional<String> chipByLabel(String label) {
        Path legacy = sys.resolve("class/gpio");
        try (Stream<Path> s = Files.list(legacy)) {
            for (Path entry : s.filter(p -> p.getFileName().toString().startsWith("gpiochip")).toList()) {
                if (!label.equals(readTrim(entry.resolve("label")))) {
                    continue;
                }
                try (Stream<Path> parent = Files.list(entry.resolve("device"))) {
                    Optional<String> chip = parent.map(p -> p.getFileName().toString()).filter(n -> n.matches("gpiochip\\d+")).findFirst();
                    if (chip.isPresent()) {
                        return chip;
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The {@code pwmchipN} number whose device is {@code deviceName} (e.g. {@code 1f00098000.pwm}). */
    Optional<Integer> pwmChip(String deviceName) {
        try (Stream<Path> s = Files.list(sys.resolve("class/pwm"))) {
            for (Path chip : s.filter(p -> p.getFileName().toString().matches("pwmchip\\d+")).sorted().toList()) {
                Path device = chip.resolve("device");
                String target = Files.isSymbolicLink(device) ? Files.readSymbolicLink(device).toString() : device.toRealPath().toString();
                if (target.endsWith(deviceName)) {
                    return Optional.of(Integer.parseInt(chip.getFileName().toString().substring("pwmchip".length())));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    Path pwmRoot() {
        return sys.resolve("class/pwm");
    }

    private static String readTrim(Path p) {
        try {
            return Files.readString(p).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
