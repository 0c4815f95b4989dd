// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.io.IOException;

/**
 * An I2C bus ({@code i2c-1}). Calls block and are made from the runtime's worker pool, never the loop.
 * Filled in by the I2C/SPI issue; the shape follows i2c-bus so the JS glue stays thin.
 */
public interface I2cBus extends AutoCloseable {

    String id();

    /** Addresses (0x03-0x77) that acknowledge a probe. */
    int[] scan() throws IOException;

    int readByte(int address, int register) throws IOException;

    void writeByte(int address, int register, int value) throws IOException;

    int readWord(int address, int register) throws IOException;

    void writeWord(int address, int register, int value) throws IOException;

    /** Reads {@code length} bytes starting at {@code register} into a new array. */
    byte[] readBlock(int address, int register, int length) throws IOException;

    void writeBlock(int address, int register, byte[] data) throws IOException;

    /** Plain transfers with no register byte (i2cRead / i2cWrite). */
    byte[] read(int address, int length) throws IOException;

    void write(int address, byte[] data) throws IOException;

    @Override
    void close() throws IOException;
}
