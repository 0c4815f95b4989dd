// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

import dev.bramble.hal.Pin;
import dev.bramble.hal.PwmChannel;

/** A hardware PWM channel of the simulated board: it keeps its settings for the virtual devices to read. */
final class SimHardwarePwm implements PwmChannel {

    static final double MAX_HZ = 25_000_000;

    private final SimBoard board;
    private final Pin pin;
    private volatile double frequency;
    private volatile double duty;
    private volatile boolean enabled;

    SimHardwarePwm(SimBoard board, Pin pin, double frequency, double duty) {
        this.board = board;
        this.pin = pin;
        setFrequency(frequency);
        setDutyCycle(duty);
    }

    @Override
    public Pin pin() {
        return pin;
    }

    @Override
    public Mode mode() {
        return Mode.HARDWARE;
    }

    @Override
    public double frequency() {
        return frequency;
    }

    @Override
    public double dutyCycle() {
        return duty;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setFrequency(double hertz) {
        if (!(hertz > 0 && hertz <= MAX_HZ)) {
            throw new IllegalArgumentException("hardware PWM frequency must be in (0, 25000000] Hz, got " + hertz);
        }
        frequency = hertz;
    }

    @Override
    public void setDutyCycle(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("duty cycle must be in [0, 1], got " + fraction);
        }
        duty = fraction;
    }

    @Override
    public void enable() {
        enabled = true;
    }

    @Override
    public void disable() {
        enabled = false;
    }

    @Override
    public void close() {
        enabled = false;
        board.detachPwm(pin.line(), this);
    }
}
