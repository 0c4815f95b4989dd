// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

import dev.bramble.hal.BusException;
import dev.bramble.hal.I2cBus;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/**
 * An opened simulated I2C bus: each SMBus command becomes the write/read transactions a Linux adapter
 * would put on the wire, sent to the device at that address; no device there is a NACK
 * ({@code EREMOTEIO}), as on a real bus.
 */
final class SimI2cBus implements I2cBus {

    private final String id;
    private final Map<Integer, SimI2cDevice> devices;
    private volatile boolean closed;

    SimI2cBus(String id, Map<Integer, SimI2cDevice> devices) {
        this.id = id;
        this.devices = devices;
    }

    @Override
    public String id() {
        return id;
    }

    private SimI2cDevice at(int address) throws IOException {
        if (closed) {
            throw new BusException("EBADF", 9, "Bad file descriptor", id + " has been closed");
        }
        SimI2cDevice d;
        synchronized (devices) {
            d = devices.get(address);
        }
        if (d == null) {
            throw BusException.nack(id, address);
        }
        return d;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** A write then a read with a repeated start, held as one transaction. */
    private byte[] writeRead(int address, byte[] tx, int n) throws IOException {
        SimI2cDevice d = at(address);
        synchronized (d) {
            d.write(tx);
            return d.read(n);
        }
    }

    @Override
    public long functionality() throws IOException {
        if (closed) {
            throw new BusException("EBADF", 9, "Bad file descriptor", id + " has been closed");
        }
        return FUNC_TYPICAL;
    }

    @Override
    public int receiveByte(int address) throws IOException {
        return at(address).read(1)[0] & 0xff;
    }

    @Override
    public void sendByte(int address, int value) throws IOException {
        at(address).write(bytes(value));
    }

    @Override
    public void writeQuick(int address, int bit) throws IOException {
        SimI2cDevice d = at(address);
        if (bit == 0) {
            d.write(new byte[0]);
        } else {
            d.read(0);
        }
    }

    @Override
    public int readByte(int address, int command) throws IOException {
        return writeRead(address, bytes(command), 1)[0] & 0xff;
    }

    @Override
    public void writeByte(int address, int command, int value) throws IOException {
        at(address).write(bytes(command, value));
    }

    @Override
    public int readWord(int address, int command) throws IOException {
        byte[] b = writeRead(address, bytes(command), 2);
        return (b[0] & 0xff) | (b[1] & 0xff) << 8;
    }

    @Override
    public void writeWord(int address, int command, int value) throws IOException {
        at(address).write(bytes(command, value & 0xff, value >> 8));
    }

    @Override
    public byte[] readI2cBlock(int address, int command, int length) throws IOException {
        return writeRead(address, bytes(command), length);
    }

    @Override
    public void writeI2cBlock(int address, int command, byte[] data) throws IOException {
        byte[] tx = new byte[data.length + 1];
        tx[0] = (byte) command;
        System.arraycopy(data, 0, tx, 1, data.length);
        at(address).write(tx);
    }

    @Override
    public byte[] read(int address, int length) throws IOException {
        return at(address).read(length);
    }

    @Override
    public void write(int address, byte[] data) throws IOException {
        at(address).write(Arrays.copyOf(data, data.length));
    }

    @Override
    public int deviceId(int address) throws IOException {
        // The reserved device-ID address 0x7c; none of the simulated chips implements it, like most real ones.
        throw BusException.nack(id, 0x7c);
    }

    @Override
    public void close() {
        closed = true;
    }
}
