// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

/** A PWM output on one line. Duty cycle is a fraction from 0 to 1; frequency is in hertz. */
public interface PwmChannel extends AutoCloseable {

    /** How the waveform is made: by the SoC's PWM block, or by a JVM thread toggling the line. */
    enum Mode { HARDWARE, SOFTWARE }

    Pin pin();

    Mode mode();

    double frequency();

    double dutyCycle();

    boolean isEnabled();

    void setFrequency(double hertz);

    void setDutyCycle(double fraction);

    void enable();

    /** Stops the waveform and leaves the line low. */
    void disable();

    @Override
    void close();
}
