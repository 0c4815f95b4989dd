// SPDX-License-Identifier: Apache-2.0
package dev.bramble.i2c;

import dev.bramble.hal.BoardProfile;
import dev.bramble.hal.Buses;
import dev.bramble.hal.BusException;
import dev.bramble.hal.SpiDevice;
import dev.bramble.runtime.spi.Host;
import dev.bramble.runtime.spi.Permissions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The ops of {@code spi}, all here. A device is a handle into this table; a null callback runs an op
 * now (spi-device's *Sync forms), a function runs it on the worker pool. spi.js validated the message
 * and options; each op's first line checks {@code --allow-spi} for the device ({@code spi0.0}, or its
 * {@code /dev} path).
 */
public final class SpiBinding {

    private final Host host;
    private final Map<Integer, Open> devices = new HashMap<>();
    private int nextHandle = 1;
    private boolean exitHooked;

    private record Open(SpiDevice device, List<String> names, BusCalls.Queue queue) {}

    SpiBinding(Host host) {
        this.host = host;
    }

    private Open device(int handle, String api) {
        Open o = devices.get(handle);
        if (o == null) {
            throw host.errors().throwError("Error", "ERR_SPI_DEVICE_CLOSED", "this SPI device has been closed (" + api + ")");
        }
        host.permissions().checkAny(Permissions.Kind.SPI, api, o.names());
        return o;
    }

    /** Opens {@code spi<bus>.<device>} with options {@code [mode, bitsPerWord, maxSpeedHz, lsbFirst, chipSelectHigh, threeWire, loopback, noChipSelect, ready]}. */
    @HostAccess.Export
    public Object open(int bus, int device, Value options, Value cb) {
        var board = BusCalls.board(host);
        String spec = "spi" + bus + "." + device;
        List<String> names = new ArrayList<>(List.of(spec));
        try {
            BoardProfile.Spi s = Buses.spi(board.profile(), spec);
            names.add(s.device());
        } catch (BusException e) {
            // reported by openSpi, after the permission check
        }
        host.permissions().checkAny(Permissions.Kind.SPI, "spi.open()", names);
        SpiDevice.Options o = options(options, SpiDevice.Options.defaults());
        BusCalls.Queue queue = new BusCalls.Queue(host, "spi");
        int handle = nextHandle++;
        if (!exitHooked) {
            exitHooked = true;
            host.loop().onExit(this::closeAll);
        }
        boolean sync = cb == null || cb.isNull();
        return queue.submit("open", cb, () -> {
            Open opened = new Open(board.openSpi(spec, o), names, queue);
            if (sync) {
                devices.put(handle, opened);
            } else {
                // Before the callback runs (it is queued after this), on the loop that owns the table.
                host.loop().execute(() -> devices.put(handle, opened));
            }
            return handle;
        });
    }

    private static SpiDevice.Options options(Value v, SpiDevice.Options base) {
        if (v == null || v.isNull()) {
            return base;
        }
        return new SpiDevice.Options(
                num(v, 0, base.mode()), num(v, 1, base.bitsPerWord()), num(v, 2, base.maxSpeedHz()),
                bool(v, 3, base.lsbFirst()), bool(v, 4, base.chipSelectHigh()), bool(v, 5, base.threeWire()),
                bool(v, 6, base.loopback()), bool(v, 7, base.noChipSelect()), bool(v, 8, base.ready()));
    }

    private static int num(Value v, int i, int dflt) {
        Value e = i < v.getArraySize() ? v.getArrayElement(i) : null;
        return e != null && e.isNumber() ? (int) e.asLong() : dflt;
    }

    private static boolean bool(Value v, int i, boolean dflt) {
        Value e = i < v.getArraySize() ? v.getArrayElement(i) : null;
        return e != null && e.isBoolean() ? e.asBoolean() : dflt;
    }

    @HostAccess.Export
    public Object getOptions(int h, Value cb) {
        Open o = device(h, "device.getOptions()");
        return o.queue().submit("getOptions", cb, () -> {
            SpiDevice.Options x = o.device().options();
            return new Object[] {x.mode(), x.bitsPerWord(), x.maxSpeedHz(), x.lsbFirst(), x.chipSelectHigh(), x.threeWire(),
                x.loopback(), x.noChipSelect(), x.ready()};
        });
    }

    @HostAccess.Export
    public Object setOptions(int h, Value options, Value cb) {
        Open o = device(h, "device.setOptions()");
        SpiDevice.Options next;
        try {
            next = options(options, o.device().options());
        } catch (IOException e) {
            throw BusCalls.error(host, e, "setOptions").throwException();
        }
        return o.queue().submit("setOptions", cb, () -> {
            o.device().configure(next);
            return null;
        });
    }

    /** A message as parts {@code [sendBuffer|null, byteLength, receive, speedHz, bitsPerWord, microSecondDelay, chipSelectChange]}; answers the received bytes per part (null where not read). */
    @HostAccess.Export
    public Object transfer(int h, Value message, Value cb) {
        Open o = device(h, "device.transfer()");
        List<SpiDevice.Transfer> parts = new ArrayList<>();
        for (long i = 0; i < message.getArraySize(); i++) {
            Value p = message.getArrayElement(i);
            Value send = p.getArrayElement(0);
            parts.add(new SpiDevice.Transfer(send.isNull() ? null : host.bytes(send), (int) p.getArrayElement(1).asLong(),
                    p.getArrayElement(2).asBoolean(), (int) p.getArrayElement(3).asLong(), (int) p.getArrayElement(4).asLong(),
                    (int) p.getArrayElement(5).asLong(), p.getArrayElement(6).asBoolean()));
        }
        return o.queue().submit("transfer", cb, () -> {
            List<byte[]> rx = o.device().transfer(parts);
            Object[] out = new Object[rx.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = rx.get(i) == null ? null : host.buffer(rx.get(i));
            }
            return out;
        });
    }

    @HostAccess.Export
    public void close(int h) {
        Open o = devices.remove(h);
        if (o != null) {
            try {
                o.device().close();
            } catch (IOException e) {
                throw BusCalls.error(host, e, "close").throwException();
            }
        }
    }

    private void closeAll() {
        for (Open o : new ArrayList<>(devices.values())) {
            try {
                o.device().close();
            } catch (IOException e) {
                // exiting anyway
            }
        }
        devices.clear();
    }
}
