// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A simulator scenario ({@code --sim scenario.json}): the virtual devices wired to the board and, for
 * buttons, when they are pressed. A button's times count from when the program starts watching its pin
 * (or opens it, if it is opened without edge detection), so no press is lost to start-up time.
 * <pre>{"devices": [
 *   {"type": "button", "id": "button", "pin": "GPIO4", "wiring": "to-ground",
 *    "bounce": {"count": 3, "intervalMs": 1}, "presses": [{"atMs": 100, "holdMs": 200}]},
 *   {"type": "led", "id": "led", "pin": "GPIO17"},
 *   {"type": "servo", "id": "servo", "pin": "GPIO18", "minPulseUs": 1000, "maxPulseUs": 2000}]}</pre>
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Scenario(List<Device> devices) {

    /** One device; fields that do not apply to its type are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Device(String type, String id, String pin, String wiring, Bounce bounce, List<Press> presses,
            Integer minPulseUs, Integer maxPulseUs,
            // Bus devices: the I2C bus and address, or the SPI device or serial port they sit on.
            String bus, String address, String device, String port,
            // i2c-registers: initial contents, start register (hex or decimal) -> bytes.
            java.util.Map<String, List<Integer>> registers,
            // bme280: what it measures (degC, %RH, hPa).
            Double temperature, Double humidity, Double pressure,
            // mcp3008: the eight inputs in volts, and the reference voltage.
            List<Double> channels, Double vref,
            // serial peers: a file of lines to play (relative to the scenario), the pause between lines, repeat.
            String file, Double intervalMs, Boolean loop) {

        public Device(String type, String id, String pin, String wiring, Bounce bounce, List<Press> presses,
                Integer minPulseUs, Integer maxPulseUs) {
            this(type, id, pin, wiring, bounce, presses, minPulseUs, maxPulseUs, null, null, null, null, null, null, null,
                    null, null, null, null, null, null);
        }

        Device withFile(String f) {
            return new Device(type, id, pin, wiring, bounce, presses, minPulseUs, maxPulseUs, bus, address, device, port,
                    registers, temperature, humidity, pressure, channels, vref, f, intervalMs, loop);
        }
    }

    /** Contact bounce: {@code count} extra open/close flips, {@code intervalMs} apart, before the contact settles. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bounce(int count, double intervalMs) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Press(double atMs, double holdMs) {}

    /**
     * What the simulated board has when no scenario is given: a button on BUTTON (GPIO4) to ground, an LED
     * on LED (GPIO17), a BME280 at 0x76 on i2c-1, an MCP3008 ADC on spi0.0 and a loopback on spi0.1.
     */
    public static Scenario defaults() {
        return new Scenario(List.of(
                new Device("button", "button", "BUTTON", "to-ground", null, List.of(), null, null),
                new Device("led", "led", "LED", null, null, List.of(), null, null),
                bme280("bme280", "i2c-1", "0x76", 21.5, 45.0, 1013.25),
                new Device("mcp3008", "adc", null, null, null, null, null, null, null, null, "spi0.0", null, null, null, null,
                        null, List.of(0.0, 0.825, 1.65, 2.475, 3.3, 1.0, 2.0, 3.0), 3.3, null, null, null),
                new Device("spi-loopback", "loopback", null, null, null, null, null, null, null, null, "spi0.1", null, null,
                        null, null, null, null, null, null, null, null)));
    }

    public static Device bme280(String id, String bus, String address, double t, double h, double p) {
        return new Device("bme280", id, null, null, null, null, null, null, bus, address, null, null, null, t, h, p, null, null,
                null, null, null);
    }

    public static Scenario read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Scenario s = new ObjectMapper().readValue(in, Scenario.class);
            if (s.devices() == null) {
                throw new IOException(file + ": a scenario needs a \"devices\" array");
            }
            Path dir = file.toAbsolutePath().getParent();
            return new Scenario(s.devices().stream().map(d -> d.file() == null ? d : d.withFile(dir.resolve(d.file()).toString())).toList());
        }
    }
}
