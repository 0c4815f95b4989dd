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

    /**
     * Opens an I2C bus by number or profile id ({@code 1}, {@code "i2c-1"}); a bus the board lacks is
     * {@code ENODEV} naming the ones it has.
     */
    default I2cBus openI2c(String bus) throws java.io.IOException {
        Buses.i2c(profile(), bus);
        throw new BusException("ENOTSUP", 95, "Operation not supported", "the " + backend() + " backend has no I2C");
    }

    /** Opens an SPI device by profile id ({@code "spi0.0"}) with its initial options. */
    default SpiDevice openSpi(String device, SpiDevice.Options options) throws java.io.IOException {
        Buses.spi(profile(), device);
        throw new BusException("ENOTSUP", 95, "Operation not supported", "the " + backend() + " backend has no SPI");
    }

    /**
     * A serial port by path or the profile's UART name ({@code "UART0"}); not yet open. Real paths go to
     * jSerialComm on every board (USB adapters and ptys work on the simulated board too).
     */
    default SerialPort serialPort(String path) {
        return dev.bramble.hal.serial.SerialPorts.port(Buses.serialPath(profile(), path));
    }

    /** The simulated board behind this one, for {@code bramble:sim}; empty on real hardware. */
    default Optional<dev.bramble.hal.sim.SimBoard> sim() {
        return Optional.empty();
    }

    /** Releases every line and channel; outputs keep their last level. Idempotent. */
    @Override
    void close();
}
