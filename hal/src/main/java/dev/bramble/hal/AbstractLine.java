// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What every backend's line shares: active-low translation, edge filtering, the HAL's software
 * debounce and delivery through the caller's executor. A backend supplies the physical operations
 * and calls {@link #rawEdge} from its own thread whenever the physical level changes.
 */
public abstract class AbstractLine implements DigitalLine {

    private final Pin pin;
    private final ScheduledExecutorService timer;
    private volatile LineConfig config;
    private volatile Consumer<EdgeEvent> listener;
    private volatile Executor executor;
    private volatile boolean closed;

    // Software debounce state, guarded by this. generation numbers the scheduled settle.
    private int lastReported = -1;
    private int pendingValue;
    private long pendingNanos;
    private ScheduledFuture<?> pending;
    private long generation;

    protected AbstractLine(Pin pin, LineConfig config, ScheduledExecutorService timer) {
        this.pin = pin;
        this.config = config;
        this.timer = timer;
    }

    protected abstract boolean readPhysical();

    protected abstract void writePhysical(boolean level);

    /** Applies a new config to the hardware; {@code before} is the previous one. */
    protected abstract void applyConfig(LineConfig before, LineConfig after);

    protected abstract void release();

    @Override
    public final Pin pin() {
        return pin;
    }

    @Override
    public final LineConfig config() {
        return config;
    }

    @Override
    public final int read() {
        ensureOpen();
        return logical(readPhysical());
    }

    @Override
    public final void write(int value) {
        ensureOpen();
        if (config.direction() != LineConfig.Direction.OUT) {
            throw new IllegalStateException(pin.name() + " is an input; set its direction to 'out' before writing");
        }
        writePhysical((value != 0) != config.activeLow());
    }

    @Override
    public final synchronized void reconfigure(LineConfig next) {
        ensureOpen();
        LineConfig before = config;
        config = next;
        applyConfig(before, next);
        lastReported = -1;
    }

    @Override
    public final synchronized void watch(Consumer<EdgeEvent> listener, Executor executor) {
        ensureOpen();
        this.listener = listener;
        this.executor = executor;
        lastReported = logical(readPhysical());
        if (listener != null) {
            watched();
        }
    }

    /** Called after a listener is installed; the sim starts a button's scheduled presses here. */
    protected void watched() {}

    @Override
    public final void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            listener = null;
            if (pending != null) {
                pending.cancel(false);
            }
        }
        release();
    }

    @Override
    public final boolean isClosed() {
        return closed;
    }

    protected final int logical(boolean physical) {
        return physical != config.activeLow() ? 1 : 0;
    }

    /** Called by the backend, from any thread, when the physical level changed at {@code nanos}. */
    protected final void rawEdge(boolean physical, long nanos) {
        LineConfig c = config;
        if (closed || listener == null || c.edge() == LineConfig.Edge.NONE || c.direction() != LineConfig.Direction.IN) {
            return;
        }
        int value = logical(physical);
        if (c.debounce().isNone() || c.debounce().kind() == LineConfig.Debounce.Kind.DRIVER) {
            report(value, nanos);
            return;
        }
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
                // The pending level held for a whole debounce period before this edge: it was a real
                // edge even if the (starved) timer has not said so yet, so report it first.
                if (nanos - pendingNanos >= c.debounce().period().toNanos()) {
                    report(pendingValue, pendingNanos);
                }
            }
            pendingValue = value;
            pendingNanos = nanos;
            long gen = ++generation;
            pending = timer.schedule(() -> settle(gen), c.debounce().period().toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void settle(long gen) {
        int value;
        long nanos;
        synchronized (this) {
            // A settle that lost the race with a newer edge (cancel() cannot stop a running task).
            if (gen != generation) {
                return;
            }
            pending = null;
            value = pendingValue;
            nanos = pendingNanos;
        }
        report(value, nanos);
    }

    private void report(int value, long nanos) {
        // Handed to the executor under the lock, so two threads (backend, timer) cannot reorder events.
        synchronized (this) {
            // A bounce that ends where it started is no edge; nor is a repeat of the last level.
            if (value == lastReported) {
                return;
            }
            lastReported = value;
            Consumer<EdgeEvent> l = listener;
            Executor ex = executor;
            if (l != null && config.edge().accepts(value)) {
                LineConfig.Edge e = value == 1 ? LineConfig.Edge.RISING : LineConfig.Edge.FALLING;
                EdgeEvent event = new EdgeEvent(pin, value, e, nanos);
                ex.execute(() -> l.accept(event));
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(pin.name() + " has been released");
        }
    }
}
