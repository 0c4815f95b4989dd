// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.time.Duration;

/**
 * How a digital line is set up. Values are logical: with {@code activeLow} a physical low reads as 1,
 * and edges are named after the logical value (as the kernel does for active-low lines).
 *
 * @param initial value an output starts with (0 or 1); ignored for inputs
 */
public record LineConfig(Direction direction, int initial, Bias bias, boolean activeLow, Edge edge, Debounce debounce) {

    public enum Direction { IN, OUT }

    /** The line's pull resistor; {@code AS_IS} leaves whatever the board has set. */
    public enum Bias { AS_IS, PULL_UP, PULL_DOWN, DISABLE }

    public enum Edge {
        NONE, RISING, FALLING, BOTH;

        /** Whether a change to {@code value} is an edge this setting reports. */
        public boolean accepts(int value) {
            return this == BOTH || (this == RISING && value == 1) || (this == FALLING && value == 0);
        }
    }

    /**
     * Edge debouncing: an edge is reported once the line has been stable for {@code period}.
     * {@code DRIVER} asks the backend to do it where the events are read (Pi4J's gpiod reader, which
     * filters on the kernel's event timestamps; the sim's virtual chip); {@code SOFTWARE} does it in the
     * HAL on a JVM timer, with onoff's {@code debounceTimeout} semantics, on every backend alike.
     */
    public record Debounce(Duration period, Kind kind) {
        public enum Kind { DRIVER, SOFTWARE }

        public static final Debounce NONE = new Debounce(Duration.ZERO, Kind.SOFTWARE);

        public static Debounce software(Duration period) {
            return new Debounce(period, Kind.SOFTWARE);
        }

        public static Debounce driver(Duration period) {
            return new Debounce(period, Kind.DRIVER);
        }

        public boolean isNone() {
            return period.isZero() || period.isNegative();
        }
    }

    public static LineConfig input() {
        return new LineConfig(Direction.IN, 0, Bias.AS_IS, false, Edge.NONE, Debounce.NONE);
    }

    public static LineConfig output(int initial) {
        return new LineConfig(Direction.OUT, initial, Bias.AS_IS, false, Edge.NONE, Debounce.NONE);
    }

    public LineConfig withDirection(Direction d, int init) {
        return new LineConfig(d, init, bias, activeLow, edge, debounce);
    }

    public LineConfig withBias(Bias b) {
        return new LineConfig(direction, initial, b, activeLow, edge, debounce);
    }

    public LineConfig withActiveLow(boolean a) {
        return new LineConfig(direction, initial, bias, a, edge, debounce);
    }

    public LineConfig withEdge(Edge e) {
        return new LineConfig(direction, initial, bias, activeLow, e, debounce);
    }

    public LineConfig withDebounce(Debounce d) {
        return new LineConfig(direction, initial, bias, activeLow, edge, d);
    }
}
