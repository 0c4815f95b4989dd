// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

import dev.bramble.hal.BusException;
import dev.bramble.hal.SpiDevice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An opened simulated SPI device: a message's parts are grouped into chip-select frames (a part with
 * {@code chipSelectChange} ends one), each frame goes to the peripheral wired to this chip select, and
 * its answer is split back over the parts. Nothing wired reads zeros. {@code lsbFirst} reverses the bit
 * order on the wire.
 */
final class SimSpiDevice implements SpiDevice {

    private final String id;
    private final SimSpiPeripheral peripheral;
    private volatile Options options;
    private volatile boolean closed;

    SimSpiDevice(String id, SimSpiPeripheral peripheral, Options options) {
        this.id = id;
        this.peripheral = peripheral;
        this.options = options;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Options options() throws IOException {
        check();
        return options;
    }

    @Override
    public void configure(Options o) throws IOException {
        check();
        options = o;
    }

    private void check() throws IOException {
        if (closed) {
            throw new BusException("EBADF", 9, "Bad file descriptor", id + " has been closed");
        }
    }

    @Override
    public List<byte[]> transfer(List<Transfer> message) throws IOException {
        check();
        Options o = options;
        List<byte[]> received = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < message.size(); i++) {
            if (message.get(i).chipSelectChange() || i == message.size() - 1) {
                frame(message.subList(first, i + 1), o, received);
                first = i + 1;
            }
        }
        return received;
    }

    private void frame(List<Transfer> parts, Options o, List<byte[]> received) {
        ByteArrayOutputStream mosi = new ByteArrayOutputStream();
        for (Transfer t : parts) {
            byte[] send = t.send() == null ? new byte[t.length()] : t.send();
            mosi.write(send, 0, t.length());
        }
        byte[] tx = mosi.toByteArray();
        if (o.lsbFirst()) {
            reverseBits(tx);
        }
        byte[] rx = peripheral == null ? new byte[tx.length] : peripheral.frame(tx, o);
        if (o.lsbFirst()) {
            reverseBits(rx);
        }
        int off = 0;
        for (Transfer t : parts) {
            byte[] part = new byte[t.length()];
            System.arraycopy(rx, off, part, 0, t.length());
            off += t.length();
            received.add(t.receive() ? part : null);
        }
    }

    private static void reverseBits(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (Integer.reverse(b[i] & 0xff) >>> 24);
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
