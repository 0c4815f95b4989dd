// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An I2C bus ({@code i2c-1}) with the transfers i2c-bus offers: SMBus byte/word/block commands, plain
 * reads and writes, quick writes and the adapter's functionality bits. Calls block and are made from
 * the runtime's worker pool, never the loop. A device that does not acknowledge fails with a
 * {@link BusException} ({@code EREMOTEIO}), as Linux reports it.
 */
public interface I2cBus extends AutoCloseable {

    /** I2C_FUNCS bits, as Linux's {@code linux/i2c.h} numbers them. */
    long FUNC_I2C = 0x1, FUNC_10BIT_ADDR = 0x2, FUNC_PROTOCOL_MANGLING = 0x4, FUNC_SMBUS_PEC = 0x8,
            FUNC_SMBUS_BLOCK_PROC_CALL = 0x8000, FUNC_SMBUS_QUICK = 0x10000, FUNC_SMBUS_READ_BYTE = 0x20000,
            FUNC_SMBUS_WRITE_BYTE = 0x40000, FUNC_SMBUS_READ_BYTE_DATA = 0x80000, FUNC_SMBUS_WRITE_BYTE_DATA = 0x100000,
            FUNC_SMBUS_READ_WORD_DATA = 0x200000, FUNC_SMBUS_WRITE_WORD_DATA = 0x400000, FUNC_SMBUS_PROC_CALL = 0x800000,
            FUNC_SMBUS_READ_BLOCK_DATA = 0x1000000, FUNC_SMBUS_WRITE_BLOCK_DATA = 0x2000000,
            FUNC_SMBUS_READ_I2C_BLOCK = 0x4000000, FUNC_SMBUS_WRITE_I2C_BLOCK = 0x8000000;

    /** What the Pi's i2c-bcm2835 adapter reports (I2C, SMBus emulation without block-read/PEC). */
    long FUNC_TYPICAL = FUNC_I2C | FUNC_SMBUS_QUICK | FUNC_SMBUS_READ_BYTE | FUNC_SMBUS_WRITE_BYTE
            | FUNC_SMBUS_READ_BYTE_DATA | FUNC_SMBUS_WRITE_BYTE_DATA | FUNC_SMBUS_READ_WORD_DATA
            | FUNC_SMBUS_WRITE_WORD_DATA | FUNC_SMBUS_PROC_CALL | FUNC_SMBUS_WRITE_BLOCK_DATA
            | FUNC_SMBUS_READ_I2C_BLOCK | FUNC_SMBUS_WRITE_I2C_BLOCK;

    /** The profile's id of the bus, e.g. {@code i2c-1}. */
    String id();

    long functionality() throws IOException;

    int receiveByte(int address) throws IOException;

    void sendByte(int address, int value) throws IOException;

    void writeQuick(int address, int bit) throws IOException;

    int readByte(int address, int command) throws IOException;

    void writeByte(int address, int command, int value) throws IOException;

    /** SMBus words are little-endian on the wire. */
    int readWord(int address, int command) throws IOException;

    void writeWord(int address, int command, int value) throws IOException;

    /** Reads {@code length} (at most 32) bytes starting at {@code command}. */
    byte[] readI2cBlock(int address, int command, int length) throws IOException;

    void writeI2cBlock(int address, int command, byte[] data) throws IOException;

    /** Plain transfers with no command byte (i2cRead / i2cWrite). */
    byte[] read(int address, int length) throws IOException;

    void write(int address, byte[] data) throws IOException;

    /** The 24-bit device ID (UM10204 section 3.1.17) read through the reserved address 0x7c. */
    int deviceId(int address) throws IOException;

    /** Addresses in [first, last] that answer a receive-byte probe, as i2c-bus's scan does. */
    default List<Integer> scan(int first, int last) throws IOException {
        List<Integer> found = new ArrayList<>();
        for (int a = first; a <= last; a++) {
            try {
                receiveByte(a);
                found.add(a);
            } catch (BusException e) {
                // no answer at this address
            }
        }
        return found;
    }

    @Override
    void close() throws IOException;
}
