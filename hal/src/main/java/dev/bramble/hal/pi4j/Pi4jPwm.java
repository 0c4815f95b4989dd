// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.pi4j;

import com.pi4j.context.Context;
import com.pi4j.io.pwm.Pwm;
import com.pi4j.io.pwm.PwmConfigBuilder;
import com.pi4j.io.pwm.PwmType;
import dev.bramble.hal.Pin;
import dev.bramble.hal.PwmChannel;

/**
 * A hardware PWM channel through Pi4J's linuxfs provider (sysfs {@code /sys/class/pwm/pwmchipN/pwmC}).
 * Pi4J 3.0 takes the duty cycle in whole percent, so the duty cycle is rounded to 1%.
 */
final class Pi4jPwm implements PwmChannel {

    private final Pi4jBoard board;
    private final Context context;
    private final Pin pin;
    private final Pwm pwm;
    private volatile double frequency;
    private volatile double duty;
    private volatile boolean enabled;

    Pi4jPwm(Pi4jBoard board, Context context, String provider, Pin pin, int channel, double frequency, double duty) {
        this.board = board;
        this.context = context;
        this.pin = pin;
        this.frequency = frequency;
        this.duty = duty;
        this.pwm = context.create(PwmConfigBuilder.newInstance(context).id("bramble-pwm-" + pin.name()).address(channel)
                .pwmType(PwmType.HARDWARE).frequency((int) Math.round(frequency)).dutyCycle(percent(duty))
                .shutdown(0).provider(provider).build());
    }

    private static int percent(double fraction) {
        return (int) Math.round(fraction * 100);
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
    public synchronized void setFrequency(double hertz) {
        if (!(hertz >= 1)) {
            throw new IllegalArgumentException("hardware PWM frequency must be at least 1 Hz, got " + hertz);
        }
        frequency = hertz;
        if (enabled) {
            pwm.on(percent(duty), (int) Math.round(hertz));
        }
    }

    @Override
    public synchronized void setDutyCycle(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("duty cycle must be in [0, 1], got " + fraction);
        }
        duty = fraction;
        if (enabled) {
            pwm.on(percent(fraction), (int) Math.round(frequency));
        }
    }

    @Override
    public synchronized void enable() {
        pwm.on(percent(duty), (int) Math.round(frequency));
        enabled = true;
    }

    @Override
    public synchronized void disable() {
        pwm.off();
        enabled = false;
    }

    @Override
    public synchronized void close() {
        if (enabled) {
            disable();
        }
        context.shutdown(pwm.id());
        board.forget(this);
    }
}
