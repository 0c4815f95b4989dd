// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.pi4j;

import com.pi4j.context.Context;
import com.pi4j.io.spi.Spi;
import com.pi4j.io.spi.SpiBus;
import com.pi4j.io.spi.SpiMode;
import dev.bramble.hal.BusException;
import dev.bramble.hal.SpiDevice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An SPI device through Pi4J's linuxfs provider ({@code /dev/spidevB.C}). Pi4J transfers one buffer
 * per call with chip select held for it, so a message's parts up to each {@code chipSelectChange} are
 * sent as one transfer; per-part clock and word-size overrides are not available through Pi4J and the
 * device's settings apply. Changing the mode or clock re-creates the Pi4J device.
 */
final class Pi4jSpiDevice implements SpiDevice {

    private final Context context;
    private final String provider;
    private final String id;
    private final int bus;
    private final int chipSelect;
    private Options options;
    private Spi spi;
    private int generation;

    Pi4jSpiDevice(Context context, String provider, String id, int bus, int chipSelect, Options options) throws IOException {
        this.context = context;
        this.provider = provider;
        this.id = id;
        this.bus = bus;
        this.chipSelect = chipSelect;
        configure(options);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public synchronized Options options() throws IOException {
        check();
        return options;
    }

    private void check() throws IOException {
        if (spi == null) {
            throw new BusException("EBADF", 9, "Bad file descriptor", id + " has been closed");
        }
    }

    @Override
    public synchronized void configure(Options o) throws IOException {
        if (spi != null) {
            context.shutdown(spi.id());
        }
        try {
            spi = context.create(Spi.newConfigBuilder(context).id("bramble-" + id + "-" + System.identityHashCode(this) + "-" + generation++)
                    .bus(SpiBus.getByNumber(bus)).channel(chipSelect).mode(SpiMode.getByNumber(o.mode())).baud(o.maxSpeedHz())
                    .provider(provider).build());
        } catch (RuntimeException e) {
            spi = null;
            throw Pi4jErrors.map(e, id, 0);
        }
        options = o;
    }

    @Override
    public synchronized List<byte[]> transfer(List<Transfer> message) throws IOException {
        check();
        List<byte[]> out = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < message.size(); i++) {
            if (message.get(i).chipSelectChange() || i == message.size() - 1) {
                List<Transfer> parts = message.subList(first, i + 1);
                ByteArrayOutputStream tx = new ByteArrayOutputStream();
                parts.forEach(t -> tx.write(t.send() == null ? new byte[t.length()] : t.send(), 0, t.length()));
                byte[] send = tx.toByteArray();
                byte[] rx = new byte[send.length];
                try {
                    spi.transfer(send, 0, rx, 0, send.length);
                } catch (RuntimeException e) {
                    throw Pi4jErrors.map(e, id, 0);
                }
                int off = 0;
                for (Transfer t : parts) {
                    byte[] part = new byte[t.length()];
                    System.arraycopy(rx, off, part, 0, t.length());
                    off += t.length();
                    out.add(t.receive() ? part : null);
                }
                first = i + 1;
            }
        }
        return out;
    }

    @Override
    public synchronized void close() {
        if (spi != null) {
            context.shutdown(spi.id());
            spi = null;
        }
    }
}
