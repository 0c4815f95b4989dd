// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.child_process;

import dev.bramble.runtime.HostImpl;
import dev.bramble.runtime.spi.Loop;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * A running child process as the JS ChildProcess sees it (libuv's process handle plus its stdio pipes).
 * Each piped output is read on its own thread and handed to the loop chunk by chunk
 * ({@code onData(fd, ArrayBuffer)}, {@code onData(fd, null)} at EOF); stdin is written on a thread
 * of its own so a child that does not read never blocks the loop. The exit comes from the JDK's
 * reaper as {@code onExit(code, signal)}.
 */
public final class Child {

    private final HostImpl host;
    private final Process process;
    private final Loop.Handle handle;
    private final Reader[] readers = new Reader[3];
    private final OutputStream stdin;
    private ExecutorService writer;
    /** Signals we sent: the JDK reports death by signal N as exit code 128+N, like a shell. */
    private final Set<Integer> sent = ConcurrentHashMap.newKeySet();
    private volatile boolean exited;

    Child(HostImpl host, Process process, Launch launch, Value onData, Value onExit) {
        this(host, process, launch.piped, onData, onExit);
        launch.startCopies(process);
    }

    private Child(HostImpl host, Process process, boolean[] piped, Value onData, Value onExit) {
        this.host = host;
        this.process = process;
        this.handle = host.loop().handle("child process " + process.pid());
        this.stdin = piped[0] ? process.getOutputStream() : null;
        if (piped[1]) readers[1] = new Reader(1, process.getInputStream(), onData);
        if (piped[2]) readers[2] = new Reader(2, process.getErrorStream(), onData);
        Registry.add(this);
        process.onExit().thenAccept(p -> {
            int code = p.exitValue();
            String signal = null;
            if (code > 128 && sent.contains(code - 128)) {
                signal = Signals.name(code - 128);
                code = 0;
            }
            int exitCode = code;
            String exitSignal = signal;
            host.loop().execute(() -> {
                exited = true;
                Registry.remove(this);
                handle.close();
                host.loop().call(onExit, exitSignal == null ? exitCode : null, exitSignal);
            });
        });
    }

    long pidLong() {
        return process.pid();
    }

    void noteSignal(int signal) {
        if (signal > 0) sent.add(signal);
    }

    @HostAccess.Export
    public double pid() {
        return process.pid();
    }

    /** 0, or a negated errno (-3 ESRCH once the child is gone), as uv_process_kill returns. */
    @HostAccess.Export
    public int kill(int signal) {
        if (exited || !process.isAlive()) return -3;
        noteSignal(signal);
        return Signals.kill(process.pid(), signal);
    }

    @HostAccess.Export
    public void ref() {
        handle.ref();
    }

    @HostAccess.Export
    public void unref() {
        handle.unref();
    }

    @HostAccess.Export
    public boolean hasRef() {
        return handle.hasRef();
    }

    /** Writes to the child's stdin; {@code done(errCode)} gets null or "EPIPE" on the loop. */
    @HostAccess.Export
    public void write(Value data, Value done) {
        byte[] bytes = host.bytes(data);
        submit(() -> {
            stdin.write(bytes);
            stdin.flush();
        }, done);
    }

    /** Closes the child's stdin once earlier writes are done (shutdown), then {@code done(errCode)}. */
    @HostAccess.Export
    public void end(Value done) {
        submit(stdin::close, done);
    }

    /** Closes stdin now (destroy): pending writes are dropped. */
    @HostAccess.Export
    public void destroyStdin() {
        if (writer != null) writer.shutdownNow();
        try {
            if (stdin != null) stdin.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private interface Io {
        void run() throws IOException;
    }

    private void submit(Io io, Value done) {
        if (writer == null) {
            writer = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon()
                    .name("bramble-child-stdin-" + process.pid()).stackSize(256 * 1024).unstarted(r));
        }
        Loop.Handle pending = host.loop().handle("child stdin write");
        try {
            writer.execute(() -> {
                String err = null;
                try {
                    io.run();
                } catch (IOException e) {
                    err = "EPIPE";
                }
                String code = err;
                host.loop().execute(() -> {
                    pending.close();
                    if (done != null && !done.isNull()) host.loop().call(done, code);
                });
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            pending.close();
            host.loop().execute(() -> host.loop().call(done, "EPIPE"));
        }
    }

    @HostAccess.Export
    public void readStart(int fd) {
        if (readers[fd] != null) readers[fd].resume();
    }

    @HostAccess.Export
    public void readStop(int fd) {
        if (readers[fd] != null) readers[fd].pause();
    }

    /** The stream was destroyed: stop reading and deliver nothing more. */
    @HostAccess.Export
    public void closeOutput(int fd) {
        if (readers[fd] != null) readers[fd].close();
    }

    /** One piped output: a thread doing blocking reads, paced by the JS stream's backpressure. */
    private final class Reader {
        private final int fd;
        private final InputStream in;
        private final Value onData;
        private final Loop.Handle reading;
        private boolean paused;
        private boolean closed;
        private boolean inFlight;

        Reader(int fd, InputStream in, Value onData) {
            this.fd = fd;
            this.in = in;
            this.onData = onData;
            this.reading = host.loop().handle("child stdio " + fd);
            Thread.ofPlatform().daemon().name("bramble-child-" + (fd == 1 ? "stdout-" : "stderr-") + process.pid())
                    .stackSize(256 * 1024).start(this::run);
        }

        private void run() {
            byte[] buf = new byte[65536];
            while (true) {
                int n;
                try {
                    if (!awaitTurn()) return;
                    n = in.read(buf);
                } catch (IOException | InterruptedException e) {
                    n = -1;
                }
                if (n < 0) {
                    host.loop().execute(() -> {
                        boolean deliver;
                        synchronized (this) {
                            deliver = !closed;
                            closed = true;
                        }
                        reading.close();
                        if (deliver) host.loop().call(onData, fd, null);
                    });
                    return;
                }
                byte[] chunk = java.util.Arrays.copyOf(buf, n);
                synchronized (this) {
                    inFlight = true;
                }
                host.loop().execute(() -> {
                    synchronized (this) {
                        inFlight = false;
                        notifyAll();
                        if (closed) return;
                    }
                    host.loop().call(onData, fd, host.buffer(chunk));
                });
            }
        }

        /** Waits until the last chunk reached JS and the stream wants more; false once closed. */
        private synchronized boolean awaitTurn() throws InterruptedException {
            while (!closed && (paused || inFlight)) wait();
            return !closed;
        }

        synchronized void pause() {
            if (closed || paused) return;
            paused = true;
            // A paused pipe does not keep the process alive, as in libuv (uv_read_stop).
            reading.unref();
        }

        synchronized void resume() {
            if (closed || !paused) return;
            paused = false;
            reading.ref();
            notifyAll();
        }

        void close() {
            synchronized (this) {
                if (closed) return;
                closed = true;
                notifyAll();
            }
            reading.close();
            try {
                in.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** Our live children by pid, so process.kill(child.pid, sig) is remembered for the exit status too. */
    static final class Registry {
        private static final java.util.Map<Long, Child> LIVE = new ConcurrentHashMap<>();

        private Registry() {}

        static void add(Child c) {
            LIVE.put(c.pidLong(), c);
        }

        static void remove(Child c) {
            LIVE.remove(c.pidLong(), c);
        }

        static Child get(long pid) {
            return LIVE.get(pid);
        }
    }
}
