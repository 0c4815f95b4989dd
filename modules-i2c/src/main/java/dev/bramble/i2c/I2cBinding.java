// SPDX-License-Identifier: Apache-2.0
package dev.bramble.i2c;

import dev.bramble.hal.BoardProfile;
import dev.bramble.hal.Buses;
import dev.bramble.hal.BusException;
import dev.bramble.hal.I2cBus;
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
 * The ops of {@code i2c}, all here. A bus is a handle into this table. Every transfer op takes a
 * callback: null runs it now and returns the result (i2c-bus's *Sync forms), a function runs it on
 * the worker pool and calls back on the loop. i2c.js validated the arguments with i2c-bus's rules;
 * each op's first line checks {@code --allow-i2c} for the bus.
 */
public final class I2cBinding {

    private final Host host;
    private final Map<Integer, Open> buses = new HashMap<>();
    private int nextHandle = 1;
    private boolean exitHooked;

    private record Open(I2cBus bus, List<String> names, BusCalls.Queue queue) {}

    I2cBinding(Host host) {
        this.host = host;
    }

    /** The names a bus answers to for {@code --allow-i2c}: as given, its id, its number and its device. */
    private static List<String> names(String spec, BoardProfile.I2c b) {
        List<String> names = new ArrayList<>(List.of(spec));
        if (spec.matches("\\d+")) {
            names.add("i2c-" + spec);
        }
        if (b != null) {
            names.add(b.id());
            names.add(b.id().replaceAll("\\D+", ""));
            names.add(b.device());
        }
        return names;
    }

    private Open bus(int handle, String api) {
        Open o = buses.get(handle);
        if (o == null) {
            throw host.errors().throwError("Error", "ERR_I2C_BUS_CLOSED", "this bus has been closed (" + api + ")");
        }
        host.permissions().checkAny(Permissions.Kind.I2C, api, o.names());
        return o;
    }

    /** Opens a bus by number or id; a bus the board lacks is ENODEV naming the ones it has. */
    @HostAccess.Export
    public int open(String spec, String api) {
        var board = BusCalls.board(host);
        BoardProfile.I2c found = null;
        try {
            found = Buses.i2c(board.profile(), spec);
        } catch (BusException e) {
            // checked below, after the permission check, so a denied bus is denied whatever its name
        }
        host.permissions().checkAny(Permissions.Kind.I2C, api, names(spec, found));
        I2cBus bus;
        try {
            bus = board.openI2c(spec);
        } catch (IOException e) {
            throw BusCalls.error(host, e, "open").throwException();
        }
        if (!exitHooked) {
            exitHooked = true;
            host.loop().onExit(this::closeAll);
        }
        int handle = nextHandle++;
        buses.put(handle, new Open(bus, names(spec, found), new BusCalls.Queue(host, "i2c")));
        return handle;
    }

    @HostAccess.Export
    public void close(int handle) {
        Open o = buses.remove(handle);
        if (o != null) {
            try {
                o.bus().close();
            } catch (IOException e) {
                throw BusCalls.error(host, e, "close").throwException();
            }
        }
    }

    @HostAccess.Export
    public Object i2cFuncs(int h, Value cb) {
        Open o = bus(h, "bus.i2cFuncs()");
        return o.queue().submit("i2cFuncs", cb, () -> (double) o.bus().functionality());
    }

    @HostAccess.Export
    public Object scan(int h, int first, int last, Value cb) {
        Open o = bus(h, "bus.scan()");
        return o.queue().submit("scan", cb, () -> o.bus().scan(first, last).stream().mapToInt(Integer::intValue).toArray());
    }

    @HostAccess.Export
    public Object deviceId(int h, int addr, Value cb) {
        Open o = bus(h, "bus.deviceId()");
        return o.queue().submit("deviceId", cb, () -> o.bus().deviceId(addr));
    }

    @HostAccess.Export
    public Object i2cRead(int h, int addr, int length, Value target, Value cb) {
        Open o = bus(h, "bus.i2cRead()");
        return o.queue().submit("i2cRead", cb, () -> o.bus().read(addr, length), r -> BusCalls.into(target, r));
    }

    @HostAccess.Export
    public Object i2cWrite(int h, int addr, Value data, Value cb) {
        Open o = bus(h, "bus.i2cWrite()");
        byte[] bytes = host.bytes(data);
        return o.queue().submit("i2cWrite", cb, () -> {
            o.bus().write(addr, bytes);
            return bytes.length;
        });
    }

    @HostAccess.Export
    public Object readByte(int h, int addr, int cmd, Value cb) {
        Open o = bus(h, "bus.readByte()");
        return o.queue().submit("readByte", cb, () -> o.bus().readByte(addr, cmd));
    }

    @HostAccess.Export
    public Object readWord(int h, int addr, int cmd, Value cb) {
        Open o = bus(h, "bus.readWord()");
        return o.queue().submit("readWord", cb, () -> o.bus().readWord(addr, cmd));
    }

    @HostAccess.Export
    public Object readI2cBlock(int h, int addr, int cmd, int length, Value target, Value cb) {
        Open o = bus(h, "bus.readI2cBlock()");
        return o.queue().submit("readI2cBlock", cb, () -> o.bus().readI2cBlock(addr, cmd, length), r -> BusCalls.into(target, r));
    }

    @HostAccess.Export
    public Object receiveByte(int h, int addr, Value cb) {
        Open o = bus(h, "bus.receiveByte()");
        return o.queue().submit("receiveByte", cb, () -> o.bus().receiveByte(addr));
    }

    @HostAccess.Export
    public Object sendByte(int h, int addr, int value, Value cb) {
        Open o = bus(h, "bus.sendByte()");
        return o.queue().submit("sendByte", cb, () -> {
            o.bus().sendByte(addr, value);
            return null;
        });
    }

    @HostAccess.Export
    public Object writeByte(int h, int addr, int cmd, int value, Value cb) {
        Open o = bus(h, "bus.writeByte()");
        return o.queue().submit("writeByte", cb, () -> {
            o.bus().writeByte(addr, cmd, value);
            return null;
        });
    }

    @HostAccess.Export
    public Object writeWord(int h, int addr, int cmd, int value, Value cb) {
        Open o = bus(h, "bus.writeWord()");
        return o.queue().submit("writeWord", cb, () -> {
            o.bus().writeWord(addr, cmd, value);
            return null;
        });
    }

    @HostAccess.Export
    public Object writeQuick(int h, int addr, int bit, Value cb) {
        Open o = bus(h, "bus.writeQuick()");
        return o.queue().submit("writeQuick", cb, () -> {
            o.bus().writeQuick(addr, bit);
            return null;
        });
    }

    @HostAccess.Export
    public Object writeI2cBlock(int h, int addr, int cmd, Value data, Value cb) {
        Open o = bus(h, "bus.writeI2cBlock()");
        byte[] bytes = host.bytes(data);
        return o.queue().submit("writeI2cBlock", cb, () -> {
            o.bus().writeI2cBlock(addr, cmd, bytes);
            return bytes.length;
        });
    }

    private void closeAll() {
        for (Open o : new ArrayList<>(buses.values())) {
            try {
                o.bus().close();
            } catch (IOException e) {
                // exiting anyway
            }
        }
        buses.clear();
    }
}
