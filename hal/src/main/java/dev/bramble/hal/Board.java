// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.util.Optional;

/** An opened board: lines and PWM channels are requested here and released when it closes. */
public interface Board extends AutoCloseable {

    BoardProfile profile();

    /** The backend id ({@code pi4j}, {@code sim}). */
    String backend();

    default PinResolver pins() {
        return new PinResolver(profile());
    }

    /** Requests a line; a line already held by this board throws {@link IllegalStateException} (EBUSY). */
    DigitalLine openLine(Pin pin, LineConfig config);

    /**
     * Opens PWM on a line: the board's hardware channel if the profile has one there and the backend can
     * drive it, otherwise software PWM. The returned channel starts disabled.
     */
    PwmChannel openPwm(Pin pin, double frequency, double dutyCycle);

    /** The simulated board behind this one, for {@code bramble:sim}; empty on real hardware. */
    default Optional<dev.bramble.hal.sim.SimBoard> sim() {
        return Optional.empty();
    }

    /** Releases every line and channel; outputs keep their last level. Idempotent. */
    @Override
    void close();
}
