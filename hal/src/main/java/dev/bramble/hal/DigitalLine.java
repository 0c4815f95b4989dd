// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** One requested GPIO line. Values are logical (see {@link LineConfig}); methods may be called from any thread. */
public interface DigitalLine extends AutoCloseable {

    Pin pin();

    LineConfig config();

    /** The logical level (0 or 1), for inputs and outputs alike. */
    int read();

    /** Drives an output; an input throws {@link IllegalStateException}. */
    void write(int value);

    /** Changes direction, bias, active-low, edge or debounce in place, keeping the line requested. */
    void reconfigure(LineConfig config);

    /**
     * Delivers the edges the config asks for to {@code listener}, each through {@code executor} (the runtime
     * passes one that hops onto its event loop), in the order they happened. {@code null} stops delivery.
     */
    void watch(Consumer<EdgeEvent> listener, Executor executor);

    boolean isClosed();

    /** Releases the line; an output keeps its last level (the kernel's behaviour on release). Idempotent. */
    @Override
    void close();
}
