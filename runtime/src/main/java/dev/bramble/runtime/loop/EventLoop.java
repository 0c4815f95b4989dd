// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.loop;

import dev.bramble.runtime.spi.Loop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * One Netty event loop thread runs all JavaScript; a small worker pool does blocking work, as libuv's
 * threadpool does. The loop tracks ref'd handles to know when the process may end.
 */
public final class EventLoop implements Loop {

    /** What the runtime does with callbacks' exceptions and at the end of every macrotask. */
    public interface Hooks {
        /** Drains process.nextTick and microtasks after a callback (see JsEngine). */
        void afterCallback();

        /** An exception escaped a callback: uncaughtException handlers, or print and exit 1. */
        void uncaught(PolyglotException e);

        /** Nothing ref'd is left: emit beforeExit (which may schedule more), then exit if still idle. */
        void idle();
    }

    private final EventLoopGroup group;
    private final io.netty.channel.EventLoop loop;
    private final ThreadPoolExecutor workers;
    private final List<Runnable> exitHooks = new ArrayList<>();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private Hooks hooks;
    private Value trampoline;    // (fn, ...args) => fn(...args) then the nextTick queue, in one guest call
    private int refs;            // ref'd open handles; only touched on the loop thread
    // The loop's clock (ms), read by JS timers through shared memory. Like libuv's uv_now it is
    // taken once per callback, so timers set together in one callback share their start time.
    private final java.nio.ByteBuffer time = java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.nativeOrder());
    private static final long ORIGIN = System.nanoTime();
    private boolean idleCheckQueued;

    public EventLoop() {
        IoHandlerFactory io = Epoll.isAvailable() ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("bramble-loop"), io);
        loop = group.next();
        // libuv defaults to 4 threads; a Pi has 4 cores at most and little memory, so at most 4.
        int n = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        workers = new ThreadPoolExecutor(n, n, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new DefaultThreadFactory("bramble-worker", true));
        workers.allowCoreThreadTimeOut(true);
    }

    public void setHooks(Hooks hooks) {
        this.hooks = hooks;
    }

    /**
     * GraalJS runs microtasks whenever a call returns to Java, but Node runs the nextTick queue
     * before them: so callbacks go through a JS trampoline that drains the ticks in the same call.
     */
    public void setTrampoline(Value trampoline) {
        this.trampoline = trampoline;
    }

    /** Milliseconds since the loop started. */
    public static double now() {
        return (System.nanoTime() - ORIGIN) / 1e6;
    }

    public java.nio.ByteBuffer timeInfo() {
        return time;
    }

    private void updateTime() {
        time.putDouble(0, now());
    }

    private Value invoke(Value fn, Object[] args) {
        updateTime();
        if (trampoline == null) return fn.execute(args);
        Object[] all = new Object[args.length + 1];
        all[0] = fn;
        System.arraycopy(args, 0, all, 1, args.length);
        return trampoline.execute(all);
    }

    /** Netty's loop, for channels (net, http) that must be registered on the JS thread. */
    public io.netty.channel.EventLoop netty() {
        return loop;
    }

    public EventLoopGroup group() {
        return group;
    }

    public static String transport() {
        return Epoll.isAvailable() ? "epoll" : "nio";
    }

    @Override
    public boolean inEventLoop() {
        return loop.inEventLoop();
    }

    @Override
    public void execute(Runnable task) {
        loop.execute(() -> {
            if (exit.isDone()) return;
            task.run();
            checkIdle();
        });
    }

    /** Runs a task on the loop after {@code delayMs}; the caller holds a handle if it must keep the process alive. */
    public io.netty.util.concurrent.ScheduledFuture<?> schedule(Runnable task, long delayNanos) {
        return loop.schedule(() -> {
            if (exit.isDone()) return;
            task.run();
            checkIdle();
        }, delayNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public ExecutorService workers() {
        return workers;
    }

    @Override
    public void call(Value fn, Object... args) {
        try {
            invoke(fn, args);
        } catch (PolyglotException e) {
            if (e.isExit()) throw e;
            hooks.uncaught(e);
        }
        hooks.afterCallback();
    }

    /** {@link #call}, keeping the function's result (null if it threw). */
    public Value callValue(Value fn, Object... args) {
        Value r = null;
        try {
            r = invoke(fn, args);
        } catch (PolyglotException e) {
            if (e.isExit()) throw e;
            hooks.uncaught(e);
        }
        hooks.afterCallback();
        return r;
    }

    @Override
    public Handle handle(String what) {
        return new RefHandle(what);
    }

    @Override
    public void onExit(Runnable cleanup) {
        exitHooks.add(cleanup);
    }

    public List<Runnable> exitHooks() {
        return exitHooks;
    }

    public int refs() {
        return refs;
    }

    /** After a macrotask: when nothing ref'd is left and no task is queued, the loop is idle. */
    public void checkIdle() {
        if (refs > 0 || idleCheckQueued || exit.isDone()) return;
        idleCheckQueued = true;
        // Let already-queued tasks (I/O completions, results from workers) run first.
        loop.execute(() -> {
            idleCheckQueued = false;
            if (refs > 0 || exit.isDone()) return;
            // Netty's own tasks (a channel's close and deregistration) may still be queued: look again after them.
            if (hasPendingTasks()) checkIdle();
            else hooks.idle();
        });
    }

    private boolean hasPendingTasks() {
        return loop instanceof io.netty.util.concurrent.SingleThreadEventExecutor s && s.pendingTasks() > 0;
    }

    /** Ends the run with this exit code (process.exit, or the loop going idle). */
    public void finish(int code) {
        exit.complete(code);
    }

    public boolean finished() {
        return exit.isDone();
    }

    public int awaitExit() throws InterruptedException {
        try {
            return exit.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    public void shutdown() {
        workers.shutdownNow();
        group.shutdownGracefully(0, 100, TimeUnit.MILLISECONDS);
    }

    private final class RefHandle implements Handle {
        private final String what;
        private boolean ref = true;
        private boolean open = true;

        RefHandle(String what) {
            this.what = what;
            adjust(+1);
        }

        private void adjust(int d) {
            if (inEventLoop()) {
                refs += d;
                if (refs == 0) checkIdle();
            } else {
                loop.execute(() -> adjust(d));
            }
        }

        @Override
        public synchronized void ref() {
            if (open && !ref) { ref = true; adjust(+1); }
        }

        @Override
        public synchronized void unref() {
            if (open && ref) { ref = false; adjust(-1); }
        }

        @Override
        public synchronized boolean hasRef() {
            return open && ref;
        }

        @Override
        public synchronized void close() {
            if (!open) return;
            open = false;
            if (ref) adjust(-1);
        }

        @Override
        public String toString() {
            return "Handle[" + what + (ref ? ", ref" : "") + (open ? "" : ", closed") + "]";
        }
    }
}
