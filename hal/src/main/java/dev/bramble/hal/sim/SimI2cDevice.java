// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

/**
 * A device on a simulated I2C bus, seen as the wire sees it: write transactions (the bytes after the
 * address, possibly none for a quick write) and read transactions of n bytes. SMBus commands are
 * sequences of these, so a device answers every i2c-bus call the way a chip would.
 */
public interface SimI2cDevice {

    String id();

    String type();

    int address();

    void write(byte[] data);

    byte[] read(int length);
}
