// SPDX-License-Identifier: Apache-2.0
package dev.bramble.i2c;

import dev.bramble.hal.Board;
import dev.bramble.hal.BusException;
import dev.bramble.hal.Hal;
import dev.bramble.hal.HalException;
import dev.bramble.hal.HalOptions;
import dev.bramble.runtime.spi.Host;
import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.graalvm.polyglot.Value;

/**
 * What the i2c and spi bindings share: the runtime's one board (shared with gpio and bramble:sim, so
 * the scenario's devices are the ones the buses reach), bus errors as Node-style JS errors, and
 * running a transfer either now (the *Sync forms) or on the worker pool, one at a time per bus in the
 * order they were asked for, with the callback on the loop.
 */
final class BusCalls {

    private BusCalls() {}

    static Board board(Host host) {
        try {
            return Hal.shared(host, () -> {
                host.loop().onExit(() -> Hal.release(host));
                return HalOptions.from(host::option);
            });
        } catch (HalException | IllegalArgumentException e) {
            throw host.errors().throwError("Error", "ERR_BUS_UNAVAILABLE", e.getMessage());
        }
    }

    /**
     * i2c-bus and spi-device report errno errors the legacy way: message {@code "EREMOTEIO, Remote I/O error"},
     * a positive {@code errno}, {@code code} and {@code syscall}. The hint follows in parentheses.
     */
    static Value error(Host host, IOException e, String syscall) {
        if (e instanceof BusException b) {
            Value err = host.errors().error("Error", b.code(), b.code() + ", " + b.getMessage()
                    + (b.hint() == null ? "" : " (" + b.hint() + ")"));
            err.putMember("errno", b.errno());
            err.putMember("syscall", syscall);
            if (b.hint() != null) {
                err.putMember("hint", b.hint());
            }
            return err;
        }
        Value err = host.errors().fromIo(e, syscall, null);
        return err;
    }

    /** Copies received bytes into the caller's Buffer (a handful of bytes: cheaper than wrapping them for JS); returns the count. */
    static Object into(Value target, Object received) {
        byte[] b = (byte[]) received;
        Value ab = target.getMember("buffer");
        long off = target.getMember("byteOffset").asLong();
        for (int i = 0; i < b.length; i++) {
            ab.writeBufferByte(off + i, b[i]);
        }
        return b.length;
    }

    @FunctionalInterface
    interface Transfer {
        Object run() throws IOException;
    }

    /** Runs transfers for one bus in order on the worker pool (a bus does one thing at a time). */
    static final class Queue {
        private final Host host;
        private final String what;
        private final ConcurrentLinkedQueue<Runnable> pending = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean();

        Queue(Host host, String what) {
            this.host = host;
            this.what = what;
        }

        /** Sync when {@code callback} is null/undefined (returns the result or throws); else {@code callback(err, result)} later. */
        Object submit(String syscall, Value callback, Transfer t) {
            return submit(syscall, callback, t, r -> r);
        }

        /** As above, with {@code onLoop} turning the result into what JS gets, on the loop thread (it may touch JS values). */
        Object submit(String syscall, Value callback, Transfer t, java.util.function.UnaryOperator<Object> onLoop) {
            if (callback == null || callback.isNull()) {
                try {
                    return onLoop.apply(t.run());
                } catch (IOException e) {
                    // i2c-bus and spi-device name the native call: readByteSync for the sync form, readByte for the callback one.
                    throw error(host, e, syscall + "Sync").throwException();
                }
            }
            var keepAlive = host.loop().handle(what + " " + syscall);
            pending.add(() -> {
                Object result = null;
                IOException failure = null;
                try {
                    result = t.run();
                } catch (IOException e) {
                    failure = e;
                } catch (RuntimeException e) {
                    failure = new BusException("EIO", 5, "Input/output error", String.valueOf(e.getMessage()));
                }
                Object r = result;
                IOException f = failure;
                host.loop().execute(() -> {
                    keepAlive.close();
                    if (f != null) {
                        host.loop().call(callback, error(host, f, syscall));
                    } else {
                        host.loop().call(callback, null, onLoop.apply(r));
                    }
                });
            });
            drain();
            return null;
        }

        private void drain() {
            if (!running.compareAndSet(false, true)) {
                return;
            }
            host.loop().workers().execute(() -> {
                try {
                    Runnable r;
                    while ((r = pending.poll()) != null) {
                        r.run();
                    }
                } finally {
                    running.set(false);
                    if (!pending.isEmpty()) {
                        drain();
                    }
                }
            });
        }
    }
}
