// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.child_process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.HostAccess;

/**
 * spawnSync: runs a child to completion on the calling (loop) thread, as Node does, feeding
 * {@code input} and collecting stdout/stderr on helper threads so a full pipe cannot deadlock it.
 * {@code timeout} and {@code maxBuffer} kill the child with {@code killSignal}.
 */
public final class SyncRun {

    private String error;
    private Integer status;
    private String signal;
    private double pid;
    private final byte[][] output = new byte[3][];

    static SyncRun failed(int errno) {
        SyncRun r = new SyncRun();
        r.error = String.valueOf(errno);
        return r;
    }

    static SyncRun run(Launch launch, byte[] input, long timeoutMs, int killSignal, double maxBuffer) {
        SyncRun r = new SyncRun();
        Process p;
        try {
            p = launch.start();
        } catch (Launch.Failure f) {
            return failed(f.errno);
        }
        r.pid = p.pid();
        Collector out = launch.piped[1] ? new Collector(p.getInputStream(), maxBuffer, p, killSignal) : null;
        Collector err = launch.piped[2] ? new Collector(p.getErrorStream(), maxBuffer, p, killSignal) : null;
        java.util.List<Thread> copies = launch.startCopies(p);
        Thread feeder = null;
        if (launch.piped[0]) {
            OutputStream stdin = p.getOutputStream();
            feeder = Thread.ofPlatform().daemon().name("bramble-spawnsync-stdin").start(() -> {
                try (stdin) {
                    if (input != null) stdin.write(input);
                } catch (IOException ignored) {
                    // the child closed its stdin early: as Node, not an error
                }
            });
        }
        boolean timedOut = false;
        try {
            if (timeoutMs > 0) {
                if (!p.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
                    timedOut = true;
                    Signals.kill(p.pid(), killSignal);
                    p.waitFor();
                }
            } else {
                p.waitFor();
            }
            if (out != null) out.thread.join();
            if (err != null) err.thread.join();
            for (Thread t : copies) t.join();
            if (feeder != null) feeder.join(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean overflow = (out != null && out.overflow) || (err != null && err.overflow);
        int code = p.exitValue();
        boolean killedByUs = timedOut || overflow;
        if (killedByUs && code > 128 && code - 128 == killSignal) {
            r.signal = Signals.name(killSignal);
        } else {
            r.status = code;
        }
        if (timedOut) r.error = "-110";       // ETIMEDOUT
        else if (overflow) r.error = "-105";  // ENOBUFS
        if (out != null) r.output[1] = out.bytes();
        if (err != null) r.output[2] = err.bytes();
        return r;
    }

    /** Reads one output to the end, killing the child once more than maxBuffer bytes came. */
    private static final class Collector {
        final Thread thread;
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();
        volatile boolean overflow;

        Collector(InputStream in, double maxBuffer, Process p, int killSignal) {
            thread = Thread.ofPlatform().daemon().name("bramble-spawnsync-out").start(() -> {
                byte[] buf = new byte[65536];
                try (in) {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        // As Node's spawnSync: the read that crosses the limit is kept whole.
                        data.write(buf, 0, n);
                        if (data.size() > maxBuffer) {
                            overflow = true;
                            Signals.kill(p.pid(), killSignal);
                            break;
                        }
                    }
                } catch (IOException ignored) {
                    // EOF
                }
            });
        }

        byte[] bytes() {
            return data.toByteArray();
        }
    }

    /** A negated errno as a string ("-2"), or null. */
    @HostAccess.Export
    public String error() {
        return error;
    }

    @HostAccess.Export
    public Integer status() {
        return status;
    }

    @HostAccess.Export
    public String signal() {
        return signal;
    }

    @HostAccess.Export
    public double pid() {
        return pid;
    }

    @HostAccess.Export
    public boolean ran() {
        return pid != 0;
    }

    /** fd 1 or 2's bytes (an ArrayBuffer source for JS), or null when that fd was not piped. */
    @HostAccess.Export
    public Object output(int fd) {
        return output[fd] == null ? null : ByteBuffer.wrap(output[fd]);
    }
}
