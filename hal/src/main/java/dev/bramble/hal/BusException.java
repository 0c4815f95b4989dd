// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.io.IOException;

/**
 * A failed bus or port operation with the Linux errno it amounts to ({@code EREMOTEIO} for an I2C
 * NACK, {@code ENODEV} for a bus the board lacks, {@code EBUSY} for a port in use) and, where one
 * helps, a hint a user can act on. The JS modules turn it into a Node-style error with that code.
 */
public final class BusException extends IOException {

    private final String code;
    private final int errno;
    private final String hint;

    public BusException(String code, int errno, String message, String hint) {
        super(message);
        this.code = code;
        this.errno = errno;
        this.hint = hint;
    }

    /** What a NACK looks like on Linux: the driver reports EREMOTEIO (121, "Remote I/O error"). */
    public static BusException nack(String bus, int address) {
        return new BusException("EREMOTEIO", 121, "Remote I/O error", String.format(
                "no device acknowledged address 0x%02x on %s: check the address (scan() lists the devices that answer), "
                        + "the wiring and pull-ups, or lower the bus speed", address, bus));
    }

    public String code() {
        return code;
    }

    public int errno() {
        return errno;
    }

    /** A sentence on what to check, or null. */
    public String hint() {
        return hint;
    }

    /** Linux errno names for the numbers drivers return, with the hint they usually deserve. */
    public static BusException fromErrno(int errno, String text, String bus, int address) {
        return switch (errno) {
            case 121, 6 -> {
                BusException n = nack(bus, address);
                yield new BusException(errno == 121 ? "EREMOTEIO" : "ENXIO", errno, text != null ? text : n.getMessage(), n.hint());
            }
            case 110 -> new BusException("ETIMEDOUT", 110, text != null ? text : "Connection timed out",
                    "the bus timed out: a device may be holding SDA/SCL low (clock stretching), or the bus speed is too high for it");
            case 5 -> new BusException("EIO", 5, text != null ? text : "Input/output error",
                    "the transfer failed on the wire: check wiring, pull-ups and the bus speed");
            case 16 -> new BusException("EBUSY", 16, text != null ? text : "Device or resource busy",
                    "another driver has claimed this address (see i2cdetect's UU); use forceAccess only if you know it is safe");
            case 13 -> new BusException("EACCES", 13, text != null ? text : "Permission denied",
                    "add the user to the i2c/spi/dialout group, or check the device node's permissions");
            case 2 -> new BusException("ENOENT", 2, text != null ? text : "No such file or directory",
                    "the bus is not enabled: see the board's enable line (bramble --board-info)");
            case 95 -> new BusException("EOPNOTSUPP", 95, text != null ? text : "Operation not supported",
                    "the bus adapter does not support this transfer (see i2cFuncs())");
            default -> new BusException("EIO", errno, text != null ? text : "I/O error " + errno, null);
        };
    }
}
