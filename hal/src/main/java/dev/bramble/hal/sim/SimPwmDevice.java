// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

import dev.bramble.hal.Pin;
import dev.bramble.hal.PwmChannel;
import java.util.Optional;

/**
 * A PWM-driven load (a servo or a dimmable LED) that reports what drives it: mode, frequency, duty cycle,
 * and for a servo the pulse width and the angle it would turn to.
 */
public final class SimPwmDevice {

    private final SimBoard board;
    private final String id;
    private final String type;
    private final Pin pin;
    private final int minPulseUs;
    private final int maxPulseUs;

    SimPwmDevice(SimBoard board, String id, String type, Pin pin, Integer minPulseUs, Integer maxPulseUs) {
        this.board = board;
        this.id = id;
        this.type = type;
        this.pin = pin;
        this.minPulseUs = minPulseUs == null ? 1000 : minPulseUs;
        this.maxPulseUs = maxPulseUs == null ? 2000 : maxPulseUs;
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    public Pin pin() {
        return pin;
    }

    /** The PWM channel driving the pin, if the program opened one. */
    public Optional<PwmChannel> channel() {
        return board.pwm(pin.line());
    }

    public double dutyCycle() {
        return channel().filter(PwmChannel::isEnabled).map(PwmChannel::dutyCycle).orElse(0.0);
    }

    public double pulseWidthMicros() {
        return channel().filter(PwmChannel::isEnabled).map(c -> c.dutyCycle() / c.frequency() * 1e6).orElse(0.0);
    }

    /** 0-180 degrees for pulses between min and max width; empty when the pulse is outside that range. */
    public Optional<Double> angle() {
        double us = pulseWidthMicros();
        if (us < minPulseUs - 1e-6 || us > maxPulseUs + 1e-6) {
            return Optional.empty();
        }
        return Optional.of((us - minPulseUs) / (maxPulseUs - minPulseUs) * 180.0);
    }
}
