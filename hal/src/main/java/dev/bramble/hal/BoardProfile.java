// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One board's pin map as read from its JSON file in {@code bramble-board-profiles}: the gpiochip,
 * the 40-pin header, buses, ports, hardware PWM channels, on-board LEDs, aliases and detection rules.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BoardProfile(String id, String name, String soc, GpioChip gpiochip, Detect detect,
        List<HeaderPin> header, List<I2c> i2c, List<Spi> spi, List<Uart> uarts, Pwm pwm, List<Led> leds,
        Map<String, String> aliases, String notes) {

    /** The character device that carries the header lines, found by its label. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GpioChip(String label, List<String> devices, int lines) {}

    /** Device-tree model prefixes and new-style revision-code types (bits 4-11) that identify the board. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Detect(List<String> model, List<String> revisionTypes) {}

    /** A header pin: either power ({@code 3V3}, {@code 5V}, {@code GND}) or a GPIO line. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HeaderPin(int pin, String power, Integer line, String name, String resetPull, String note,
            List<Function> functions) {
        public boolean isLine() {
            return line != null;
        }

        public List<Function> functions() {
            return functions == null ? List.of() : functions;
        }
    }

    /** An alternate function of a line and the pin-mux mode that selects it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Function(String function, String mode, String note) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record I2c(String id, String device, int sda, int scl, String enable) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Spi(String id, String device, int sclk, int mosi, int miso, int cs, String enable) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Uart(String id, List<String> devices, int tx, int rx, String enable, String note) {}

    /** Hardware PWM: the sysfs pwmchip (by device name, with a fallback number) and its channels. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pwm(PwmChip chip, String enable, List<PwmChannelInfo> channels) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PwmChip(String device, String fallback) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PwmChannelInfo(int channel, int line, String mode) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Led(String name, List<String> sysfs, String color) {}

    /** True for the simulated board, which detection never picks. */
    public boolean isSimulated() {
        return "sim".equals(id);
    }

    public Optional<HeaderPin> headerPin(int physical) {
        return header.stream().filter(h -> h.pin() == physical).findFirst();
    }

    public Optional<HeaderPin> headerLine(int line) {
        return header.stream().filter(h -> h.isLine() && h.line() == line).findFirst();
    }

    /** The hardware PWM channel wired to a line, if the board has one there. */
    public Optional<PwmChannelInfo> pwmChannel(int line) {
        return pwm == null ? Optional.empty() : pwm.channels().stream().filter(c -> c.line() == line).findFirst();
    }

    public Map<String, String> aliases() {
        return aliases == null ? Map.of() : aliases;
    }
}
