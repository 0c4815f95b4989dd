// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.stdio;

import dev.bramble.runtime.spi.Host;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Standard streams. Writes are synchronous, as Node's are for files and pipes, so output is never
 * lost when the process exits right after printing. stdin is read on its own thread (a blocking
 * read) and handed to the loop chunk by chunk.
 */
public final class StdioBinding {

    private final Host host;
    private final FileOutputStream out = new FileOutputStream(FileDescriptor.out);
    private final FileOutputStream err = new FileOutputStream(FileDescriptor.err);
    private Thread reader;
    private dev.bramble.runtime.spi.Loop.Handle stdinHandle;

    public StdioBinding(Host host) {
        this.host = host;
    }

    private FileOutputStream stream(int fd) {
        return fd == 2 ? err : out;
    }

    @HostAccess.Export
    public void write(int fd, String s) {
        writeBytes(fd, s.getBytes(StandardCharsets.UTF_8));
    }

    @HostAccess.Export
    public void writeBuffer(int fd, Value view) {
        writeBytes(fd, host.bytes(view));
    }

    private void writeBytes(int fd, byte[] b) {
        try {
            stream(fd).write(b);
        } catch (IOException e) {
            // EPIPE (the reader went away, e.g. `bramble app.js | head`): Node exits quietly too.
            if (fd == 1) System.exit(0);
        }
    }

    /** Whether fd 0/1/2 is a terminal: its /proc link points at a tty or pty. */
    @HostAccess.Export
    public boolean isatty(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null && System.console().isTerminal();
        }
    }

    /** Terminal width for console.table/inspect when stdout is a tty ($COLUMNS, else 80). */
    @HostAccess.Export
    public int columns() {
        String c = System.getenv("COLUMNS");
        try {
            return c == null ? 80 : Integer.parseInt(c.trim());
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** Starts delivering stdin: {@code onData(ArrayBuffer)} per chunk, {@code onData(null)} at EOF. */
    @HostAccess.Export
    public void readStart(Value onData) {
        if (reader != null) {
            if (stdinHandle != null) stdinHandle.ref();
            return;
        }
        stdinHandle = host.loop().handle("stdin");
        reader = Thread.ofPlatform().daemon().name("bramble-stdin").start(() -> {
            InputStream in = System.in;
            byte[] buf = new byte[65536];
            try {
                int n;
                while ((n = in.read(buf)) > 0) {
                    byte[] chunk = java.util.Arrays.copyOf(buf, n);
                    host.loop().execute(() -> host.loop().call(onData, host.buffer(chunk)));
                }
            } catch (IOException ignored) {
                // treated as EOF
            }
            host.loop().execute(() -> {
                host.loop().call(onData, (Object) null);
                stdinHandle.close();
            });
        });
    }

    /** Pauses: stdin no longer keeps the process alive (the reader thread blocks, harmlessly). */
    @HostAccess.Export
    public void readStop() {
        if (stdinHandle != null) stdinHandle.unref();
    }
}
