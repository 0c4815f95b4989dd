// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.spi;

import java.util.concurrent.Executor;
import org.graalvm.polyglot.Value;

/**
 * The single JS thread (a Netty event loop) and the worker pool beside it, as libuv has.
 * Threads that are not the loop (Pi4J listeners, jSerialComm, Paho, workers) never touch a
 * {@link Value}: they {@link #execute} a task that does.
 */
public interface Loop {

    boolean inEventLoop();

    /** Runs the task on the loop thread, after what is already queued. Safe from any thread. */
    void execute(Runnable task);

    /** The pool for blocking work (file I/O, bus transfers, DNS); hand results back with {@link #execute}. */
    Executor workers();

    /**
     * Calls a JS function from the loop thread the way Node calls a callback: afterwards the
     * {@code process.nextTick} queue and the microtasks drain, and an exception becomes an
     * uncaught exception (the {@code uncaughtException} handlers, or stack on stderr and exit 1).
     */
    void call(Value fn, Object... args);

    /** A handle that keeps the process alive while ref'd and open, like a libuv handle. Starts ref'd. */
    Handle handle(String what);

    /** Runs at exit on the loop thread, after the {@code exit} event: release hardware, flush stores. */
    void onExit(Runnable cleanup);

    /** A libuv-style handle: the process does not exit while any open handle is ref'd. */
    interface Handle extends AutoCloseable {
        void ref();

        void unref();

        boolean hasRef();

        /** Closes the handle for good; it no longer keeps the process alive. Idempotent. */
        @Override
        void close();
    }
}
