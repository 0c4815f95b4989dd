// SPDX-License-Identifier: Apache-2.0
package dev.bramble.serial;

import dev.bramble.hal.Board;
import dev.bramble.hal.BusException;
import dev.bramble.hal.Buses;
import dev.bramble.hal.Hal;
import dev.bramble.hal.HalException;
import dev.bramble.hal.HalOptions;
import dev.bramble.hal.SerialPort;
import dev.bramble.hal.serial.SerialPorts;
import dev.bramble.runtime.spi.Host;
import dev.bramble.runtime.spi.Loop;
import dev.bramble.runtime.spi.Permissions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The ops of {@code serial}, all here. A port is a handle into this table. Received bytes arrive from
 * the backend's event thread through {@code loop.execute} and are handed to JS's {@code onData}; an
 * open port keeps the process alive. Blocking calls (open, write, drain, ...) run on the worker pool,
 * one at a time per port in order, and call back on the loop. Each op first checks
 * {@code --allow-serial} for the port, by any of its names (path, UART id, its devices).
 */
public final class SerialBinding {

    private final Host host;
    private final Map<Integer, Open> ports = new HashMap<>();
    private final Map<String, Integer> byPath = new HashMap<>();
    private int nextHandle = 1;
    private boolean exitHooked;

    private static final class Open {
        final SerialPort port;
        final List<String> names;
        final Order order;
        Loop.Handle keepAlive;
        boolean closed;

        Open(SerialPort port, List<String> names, Order order) {
            this.port = port;
            this.names = names;
            this.order = order;
        }
    }

    SerialBinding(Host host) {
        this.host = host;
    }

    private Board board() {
        try {
            return Hal.shared(host, () -> {
                host.loop().onExit(() -> Hal.release(host));
                return HalOptions.from(host::option);
            });
        } catch (HalException | IllegalArgumentException e) {
            throw host.errors().throwError("Error", "ERR_SERIAL_UNAVAILABLE", e.getMessage());
        }
    }

    private Open port(int handle, String api) {
        Open o = ports.get(handle);
        if (o == null) {
            throw host.errors().throwError("Error", "ERR_SERIAL_PORT_CLOSED", "Port is not open");
        }
        host.permissions().checkAny(Permissions.Kind.SERIAL, api, o.names);
        return o;
    }

    /** serialport's errors: message from the OS with what failed; code, errno and hint where known. */
    private Value error(IOException e, String syscall) {
        if (e instanceof BusException b) {
            Value err = host.errors().error("Error", b.code(), b.getMessage() + (b.hint() == null ? "" : " (" + b.hint() + ")"));
            err.putMember("errno", b.errno());
            err.putMember("syscall", syscall);
            return err;
        }
        return host.errors().fromIo(e, syscall, null);
    }

    /**
     * Opens a port: options {@code [baudRate, dataBits, stopBits, parity, rtscts, xon, xoff, xany, hupcl]};
     * {@code onData(bytes)} per chunk received, {@code onGone(err)} once if the port vanishes; {@code cb(err, handle)}.
     */
    @HostAccess.Export
    public void open(String path, Value options, Value onData, Value onGone, Value cb) {
        Board board = board();
        List<String> names = Buses.serialNames(board.profile(), path);
        host.permissions().checkAny(Permissions.Kind.SERIAL, "SerialPort.open()", names);
        SerialPort.Options o = new SerialPort.Options((int) options.getArrayElement(0).asLong(), (int) options.getArrayElement(1).asLong(),
                options.getArrayElement(2).asDouble(), options.getArrayElement(3).asString(), options.getArrayElement(4).asBoolean(),
                options.getArrayElement(5).asBoolean(), options.getArrayElement(6).asBoolean(), options.getArrayElement(7).asBoolean(),
                options.getArrayElement(8).asBoolean());
        String device = Buses.serialPath(board.profile(), path);
        if (byPath.containsKey(device) && (device.startsWith("sim:") || java.nio.file.Files.exists(java.nio.file.Path.of(device)))) {
            host.loop().execute(() -> host.loop().call(cb, error(new BusException("EBUSY", 16,
                    "Error Resource temporarily unavailable Cannot lock port", path + " is already open in this program"), "open")));
            return;
        }
        int handle = nextHandle++;
        byPath.putIfAbsent(device, handle);
        SerialPort port = board.serialPort(path);
        Open open = new Open(port, names, new Order(host));
        open.keepAlive = host.loop().handle("serial " + path);
        if (!exitHooked) {
            exitHooked = true;
            host.loop().onExit(this::closeAll);
        }
        SerialPort.Listener listener = new SerialPort.Listener() {
            @Override
            public void data(byte[] bytes) {
                if (!open.closed) {
                    host.loop().call(onData, host.buffer(bytes));
                }
            }

            @Override
            public void disconnected(IOException cause) {
                if (!open.closed) {
                    host.loop().call(onGone, error(cause, "read"));
                }
            }
        };
        open.order.run("open", cb, () -> {
            port.open(o, listener, host.loop()::execute);
            return handle;
        }, failed -> {
            byPath.remove(device, handle);
            open.keepAlive.close();
        }, ok -> ports.put(handle, open));
    }

    @HostAccess.Export
    public void write(int h, Value data, Value cb) {
        Open o = port(h, "SerialPort.write()");
        byte[] bytes = host.bytes(data);
        o.order.run("write", cb, () -> {
            o.port.write(bytes);
            return bytes.length;
        }, null, null);
    }

    @HostAccess.Export
    public void update(int h, int baudRate, Value cb) {
        Open o = port(h, "SerialPort.update()");
        o.order.run("update", cb, () -> {
            o.port.update(baudRate);
            return null;
        }, null, null);
    }

    /** Sets modem lines {@code [brk, cts, dsr, dtr, rts]}. */
    @HostAccess.Export
    public void set(int h, boolean brk, boolean cts, boolean dsr, boolean dtr, boolean rts, Value cb) {
        Open o = port(h, "SerialPort.set()");
        o.order.run("set", cb, () -> {
            o.port.set(new SerialPort.Flags(brk, cts, dsr, dtr, rts));
            return null;
        }, null, null);
    }

    /** Modem lines as {@code [cts, dsr, dcd]}. */
    @HostAccess.Export
    public void get(int h, Value cb) {
        Open o = port(h, "SerialPort.get()");
        o.order.run("get", cb, () -> {
            SerialPort.Status s = o.port.get();
            return new Object[] {s.cts(), s.dsr(), s.dcd()};
        }, null, null);
    }

    @HostAccess.Export
    public void flush(int h, Value cb) {
        Open o = port(h, "SerialPort.flush()");
        o.order.run("flush", cb, () -> {
            o.port.flush();
            return null;
        }, null, null);
    }

    @HostAccess.Export
    public void drain(int h, Value cb) {
        Open o = port(h, "SerialPort.drain()");
        o.order.run("drain", cb, () -> {
            o.port.drain();
            return null;
        }, null, null);
    }

    /** Stops or restarts taking received bytes (the JS stream's buffer is full / being read again). */
    @HostAccess.Export
    public void flow(int h, boolean reading) {
        Open o = ports.get(h);
        if (o != null && !o.closed) {
            if (reading) {
                o.port.resume();
            } else {
                o.port.pause();
            }
        }
    }

    @HostAccess.Export
    public void close(int h, Value cb) {
        Open o = ports.get(h);
        if (o == null) {
            host.loop().execute(() -> host.loop().call(cb, host.errors().error("Error", "ERR_SERIAL_PORT_CLOSED", "Port is not open")));
            return;
        }
        o.closed = true;
        ports.remove(h);
        byPath.values().remove(h);
        o.order.run("close", cb, () -> {
            o.port.close();
            return null;
        }, null, null);
        if (o.keepAlive != null) {
            o.keepAlive.close();
        }
    }

    /** {@code SerialPort.list()}: {@code [path, manufacturer, serialNumber, pnpId, locationId, vendorId, productId]} per port. */
    @HostAccess.Export
    public void list(Value cb) {
        new Order(host).run("list", cb, () -> SerialPorts.list().stream()
                .map(p -> new Object[] {p.path(), p.manufacturer(), p.serialNumber(), p.pnpId(), p.locationId(), p.vendorId(), p.productId()})
                .toArray(), null, null);
    }

    private void closeAll() {
        for (Open o : new ArrayList<>(ports.values())) {
            o.closed = true;
            try {
                o.port.close();
            } catch (IOException e) {
                // exiting anyway
            }
            if (o.keepAlive != null) {
                o.keepAlive.close();
            }
        }
        ports.clear();
        byPath.clear();
    }

    @FunctionalInterface
    interface Call {
        Object run() throws IOException;
    }

    /** One port's blocking calls, in order on the worker pool; results and callbacks on the loop. */
    private final class Order {
        private final Host host;
        private final ConcurrentLinkedQueue<Runnable> pending = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean();

        Order(Host host) {
            this.host = host;
        }

        void run(String syscall, Value cb, Call call, java.util.function.Consumer<IOException> onFail,
                java.util.function.Consumer<Object> onOk) {
            Loop.Handle pendingOp = host.loop().handle("serial " + syscall);
            pending.add(() -> {
                Object result = null;
                IOException failure = null;
                try {
                    result = call.run();
                } catch (IOException e) {
                    failure = e;
                } catch (RuntimeException e) {
                    failure = new BusException("EIO", 5, String.valueOf(e.getMessage()), null);
                }
                Object r = result;
                IOException f = failure;
                host.loop().execute(() -> {
                    pendingOp.close();
                    if (f != null && onFail != null) {
                        onFail.accept(f);
                    }
                    if (f == null && onOk != null) {
                        onOk.accept(r);
                    }
                    if (cb != null && !cb.isNull()) {
                        if (f != null) {
                            host.loop().call(cb, error(f, syscall));
                        } else {
                            host.loop().call(cb, null, r);
                        }
                    }
                });
            });
            if (running.compareAndSet(false, true)) {
                host.loop().workers().execute(this::drain);
            }
        }

        private void drain() {
            try {
                Runnable r;
                while ((r = pending.poll()) != null) {
                    r.run();
                }
            } finally {
                running.set(false);
                if (!pending.isEmpty() && running.compareAndSet(false, true)) {
                    host.loop().workers().execute(this::drain);
                }
            }
        }
    }
}
