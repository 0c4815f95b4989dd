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
            Integer minPulseUs, Integer maxPulseUs) {}

    /** Contact bounce: {@code count} extra open/close flips, {@code intervalMs} apart, before the contact settles. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bounce(int count, double intervalMs) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Press(double atMs, double holdMs) {}

    /** What the simulated board has when no scenario is given: a button on BUTTON (GPIO4) to ground, an LED on LED (GPIO17). */
    public static Scenario defaults() {
        return new Scenario(List.of(
                new Device("button", "button", "BUTTON", "to-ground", null, List.of(), null, null),
                new Device("led", "led", "LED", null, null, List.of(), null, null)));
    }

    public static Scenario read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Scenario s = new ObjectMapper().readValue(in, Scenario.class);
            if (s.devices() == null) {
                throw new IOException(file + ": a scenario needs a \"devices\" array");
            }
            return s;
        }
    }
}
