// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.child_process;

import dev.bramble.runtime.HostImpl;
import dev.bramble.runtime.spi.Loop;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * fork()'s channel between a parent and a Bramble child. Node hands the child a socketpair fd
 * (NODE_CHANNEL_FD); ProcessBuilder cannot pass extra fds, so the parent listens on a Unix socket
 * in a fresh 0700 temp dir (only this user can reach it) and the child, finding the path in
 * BRAMBLE_IPC_PATH, connects at startup. The bytes are Node's 'json' serialization (a message per
 * line); the JS side frames and parses them. Reading and writing happen on threads of their own.
 */
public final class IpcChannel {

    static final String ENV = "BRAMBLE_IPC_PATH";
    private final HostImpl host;
    private final CompletableFuture<SocketChannel> socket = new CompletableFuture<>();
    private final ExecutorService writer;
    private Loop.Handle handle;
    private Path dir;
    private ServerSocketChannel server;
    private volatile boolean closed;
    private boolean unref;

    private IpcChannel(HostImpl host) {
        this.host = host;
        this.writer = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon()
                .name("bramble-ipc-write").stackSize(256 * 1024).unstarted(r));
    }

    /** The parent's end: listening until the child connects. */
    static IpcChannel listen(HostImpl host) throws IOException {
        IpcChannel c = new IpcChannel(host);
        c.dir = Files.createTempDirectory("bramble-ipc-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path path = c.dir.resolve("channel.sock");
        c.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(UnixDomainSocketAddress.of(path));
        return c;
    }

    /** The child's end, connected at once. */
    static IpcChannel connect(HostImpl host, String path) throws IOException {
        IpcChannel c = new IpcChannel(host);
        c.socket.complete(SocketChannel.open(UnixDomainSocketAddress.of(path)));
        return c;
    }

    @HostAccess.Export
    public String path() {
        return dir == null ? null : dir.resolve("channel.sock").toString();
    }

    /** Starts delivering what the other end writes: {@code onData(text)}, {@code onData(null)} at the end. */
    @HostAccess.Export
    public void readStart(Value onData) {
        handle = host.loop().handle("ipc channel");
        if (unref) handle.unref();
        Thread.ofPlatform().daemon().name("bramble-ipc-read").stackSize(256 * 1024).start(() -> {
            try {
                if (server != null) {
                    SocketChannel s = server.accept();
                    socket.complete(s);
                    cleanUp();
                }
                Reader in = new InputStreamReader(Channels.newInputStream(socket.get()), StandardCharsets.UTF_8);
                char[] buf = new char[16384];
                int n;
                while ((n = in.read(buf)) > 0) {
                    String text = new String(buf, 0, n);
                    host.loop().execute(() -> {
                        if (!closed) host.loop().call(onData, text);
                    });
                }
            } catch (Exception e) {
                // the other end went away (or we closed): the end of the channel
            }
            socket.completeExceptionally(new IOException("closed"));
            host.loop().execute(() -> {
                handle.close();
                if (!closed) host.loop().call(onData, (Object) null);
            });
        });
    }

    /** Queues {@code text}; {@code done(errCode)} once written (or "EPIPE"). Waits for the child to connect. */
    @HostAccess.Export
    public void write(String text, Value done) {
        Loop.Handle pending = host.loop().handle("ipc write");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        writer.execute(() -> {
            String err = null;
            try {
                SocketChannel s = socket.get();
                ByteBuffer b = ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) s.write(b);
            } catch (Exception e) {
                err = "EPIPE";
            }
            String code = err;
            host.loop().execute(() -> {
                pending.close();
                if (done != null && !done.isNull()) host.loop().call(done, code);
            });
        });
    }

    @HostAccess.Export
    public void ref() {
        unref = false;
        if (handle != null) handle.ref();
    }

    @HostAccess.Export
    public void unref() {
        unref = true;
        if (handle != null) handle.unref();
    }

    /** Closes our end once queued writes are out. */
    @HostAccess.Export
    public void close() {
        if (closed) return;
        closed = true;
        if (handle != null) handle.close();
        writer.execute(() -> {
            try {
                if (socket.isDone() && !socket.isCompletedExceptionally()) socket.get().close();
                if (server != null) server.close();
            } catch (Exception ignored) {
                // already gone
            }
            cleanUp();
        });
        writer.shutdown();
    }

    private synchronized void cleanUp() {
        try {
            if (dir != null) {
                Files.deleteIfExists(dir.resolve("channel.sock"));
                Files.deleteIfExists(dir);
                dir = null;
            }
        } catch (IOException ignored) {
            // the temp dir goes with the next cleaning
        }
    }
}
