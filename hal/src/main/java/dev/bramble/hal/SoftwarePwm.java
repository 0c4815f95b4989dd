// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.util.concurrent.locks.LockSupport;

/**
 * PWM on any output line: a daemon thread toggles the line. Good for LEDs and slow loads up to about
 * {@value #MAX_HZ} Hz; jitter is that of the JVM scheduler, so servos want a hardware channel.
 */
public final class SoftwarePwm implements PwmChannel {

    public static final double MAX_HZ = 2000;

    private final DigitalLine line;
    private volatile double frequency;
    private volatile double duty;
    private volatile boolean enabled;
    private volatile boolean closed;
    private Thread thread;

    public SoftwarePwm(DigitalLine line, double frequency, double duty) {
        this.line = line;
        setFrequency(frequency);
        setDutyCycle(duty);
    }

    @Override
    public Pin pin() {
        return line.pin();
    }

    @Override
    public Mode mode() {
        return Mode.SOFTWARE;
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
            throw new IllegalArgumentException("software PWM frequency must be in (0, " + (int) MAX_HZ + "] Hz, got " + hertz);
        }
        frequency = hertz;
        LockSupport.unpark(thread);
    }

    @Override
    public void setDutyCycle(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("duty cycle must be in [0, 1], got " + fraction);
        }
        duty = fraction;
        LockSupport.unpark(thread);
    }

    @Override
    public synchronized void enable() {
        if (enabled || closed) {
            return;
        }
        enabled = true;
        thread = Thread.ofPlatform().daemon().name("bramble-pwm-" + line.pin().name()).start(this::run);
    }

    @Override
    public synchronized void disable() {
        if (!enabled) {
            return;
        }
        enabled = false;
        Thread t = thread;
        LockSupport.unpark(t);
        try {
            t.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
        if (!line.config().direction().equals(LineConfig.Direction.IN)) {
            line.write(0);
        }
    }

    @Override
    public void close() {
        disable();
        closed = true;
        line.close();
    }

    private void run() {
        long next = System.nanoTime();
        while (enabled) {
            long period = (long) (1e9 / frequency);
            long high = (long) (period * duty);
            if (high > 0) {
                line.write(1);
                next += high;
                sleepUntil(next);
            }
            if (!enabled) {
                break;
            }
            if (high < period) {
                line.write(0);
                next += period - high;
                sleepUntil(next);
            }
            long now = System.nanoTime();
            if (now - next > period) {
                next = now; // fell behind (GC, load): drop cycles rather than burst
            }
        }
    }

    private void sleepUntil(long deadline) {
        long left;
        while (enabled && (left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }
}
