// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.pi4j;

import com.pi4j.context.Context;
import com.pi4j.io.i2c.I2C;
import dev.bramble.hal.BusException;
import dev.bramble.hal.I2cBus;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * An I2C bus through Pi4J's linuxfs provider ({@code /dev/i2c-N}): one Pi4J I2C device per address,
 * created on first use. Register reads are Pi4J's combined write-then-read (I2C_RDWR with a repeated
 * start), which is what SMBus read-byte/word/block put on the wire. Pi4J has no SMBus quick command or
 * I2C_FUNCS, so writeQuick sends an empty write and functionality reports what the Pi's adapter does.
 */
final class Pi4jI2cBus implements I2cBus {

    private final Context context;
    private final String provider;
    private final String id;
    private final int bus;
    private final Map<Integer, I2C> devices = new HashMap<>();
    private boolean closed;

    Pi4jI2cBus(Context context, String provider, String id, int bus) {
        this.context = context;
        this.provider = provider;
        this.id = id;
        this.bus = bus;
    }

    @Override
    public String id() {
        return id;
    }

    private synchronized I2C at(int address) throws IOException {
        if (closed) {
            throw new BusException("EBADF", 9, "Bad file descriptor", id + " has been closed");
        }
        I2C d = devices.get(address);
        if (d == null) {
            try {
                d = context.create(I2C.newConfigBuilder(context).id("bramble-" + id + "-" + Integer.toHexString(address) + "-" + System.identityHashCode(this))
                        .bus(bus).device(address).provider(provider).build());
            } catch (RuntimeException e) {
                throw Pi4jErrors.map(e, id, address);
            }
            devices.put(address, d);
        }
        return d;
    }

    @FunctionalInterface
    private interface Op<T> {
        T run(I2C d) throws Exception;
    }

    private <T> T call(int address, Op<T> op) throws IOException {
        I2C d = at(address);
        try {
            return op.run(d);
        } catch (Exception e) {
            throw Pi4jErrors.map(e, id, address);
        }
    }

    private static void require(int n, int expected, String what) throws IOException {
        if (n < 0 || n < expected) {
            throw new BusException("EIO", 5, "Input/output error", what + " transferred " + n + " of " + expected + " bytes");
        }
    }

    @Override
    public long functionality() {
        return FUNC_TYPICAL;
    }

    @Override
    public int receiveByte(int address) throws IOException {
        return call(address, d -> {
            int v = d.read();
            require(v, 0, "receiveByte");
            return v & 0xff;
        });
    }

    @Override
    public void sendByte(int address, int value) throws IOException {
        call(address, d -> d.write((byte) value));
    }

    @Override
    public void writeQuick(int address, int bit) throws IOException {
        call(address, d -> bit == 0 ? d.write(new byte[0], 0, 0) : d.read(new byte[0], 0, 0));
    }

    @Override
    public int readByte(int address, int command) throws IOException {
        return call(address, d -> {
            int v = d.readRegister(command);
            require(v, 0, "readByte");
            return v & 0xff;
        });
    }

    @Override
    public void writeByte(int address, int command, int value) throws IOException {
        call(address, d -> d.writeRegister(command, (byte) value));
    }

    @Override
    public int readWord(int address, int command) throws IOException {
        byte[] b = readI2cBlock(address, command, 2);
        return (b[0] & 0xff) | (b[1] & 0xff) << 8;
    }

    @Override
    public void writeWord(int address, int command, int value) throws IOException {
        writeI2cBlock(address, command, new byte[] {(byte) value, (byte) (value >> 8)});
    }

    @Override
    public byte[] readI2cBlock(int address, int command, int length) throws IOException {
        byte[] buf = new byte[length];
        call(address, d -> {
            require(d.readRegister(command, buf, 0, length), length, "readI2cBlock");
            return null;
        });
        return buf;
    }

    @Override
    public void writeI2cBlock(int address, int command, byte[] data) throws IOException {
        call(address, d -> d.writeRegister(command, data, 0, data.length));
    }

    @Override
    public byte[] read(int address, int length) throws IOException {
        byte[] buf = new byte[length];
        call(address, d -> {
            require(d.read(buf, 0, length), length, "i2cRead");
            return null;
        });
        return buf;
    }

    @Override
    public void write(int address, byte[] data) throws IOException {
        call(address, d -> d.write(data, 0, data.length));
    }

    @Override
    public int deviceId(int address) throws IOException {
        byte[] id3 = new byte[3];
        call(0x7c, d -> d.writeRead(new byte[] {(byte) (address << 1)}, id3));
        return (id3[0] & 0xff) << 16 | (id3[1] & 0xff) << 8 | (id3[2] & 0xff);
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (I2C d : devices.values()) {
            try {
                context.shutdown(d.id());
            } catch (RuntimeException e) {
                // already gone with the context
            }
        }
        devices.clear();
    }
}
