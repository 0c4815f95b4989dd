// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.fs;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Node's file descriptors: small integers for open channels, the lowest free one first as POSIX
 * does. 0, 1 and 2 are the process's stdio. Workers look fds up concurrently with the loop.
 */
final class FdTable {

    /** An open file: its channel, the path it was opened by (for fstat) and how it was opened. */
    record OpenFile(FileChannel channel, Path path, boolean stdio, boolean append) {}

    private final Map<Integer, OpenFile> open = new ConcurrentHashMap<>();
    private int next = 3;

    FdTable() {
        open.put(0, new OpenFile(new FileInputStream(FileDescriptor.in).getChannel(), Path.of("/proc/self/fd/0"), true, false));
        open.put(1, new OpenFile(new FileOutputStream(FileDescriptor.out).getChannel(), Path.of("/proc/self/fd/1"), true, false));
        open.put(2, new OpenFile(new FileOutputStream(FileDescriptor.err).getChannel(), Path.of("/proc/self/fd/2"), true, false));
    }

    /** {@code append}: 'a+' is emulated (java.nio refuses READ with APPEND), so writes seek to the end first. */
    synchronized int add(FileChannel channel, Path path, boolean append) {
        int fd = next;
        while (open.containsKey(fd)) fd++;
        open.put(fd, new OpenFile(channel, path, false, append));
        next = fd + 1;
        return fd;
    }

    /** The open file for fd, or EBADF naming the syscall. */
    OpenFile get(int fd, String syscall) throws UvException {
        OpenFile f = open.get(fd);
        if (f == null) throw UvException.of("EBADF", syscall, null);
        return f;
    }

    FileChannel channel(int fd, String syscall) throws UvException {
        return get(fd, syscall).channel();
    }

    /** Closes fd. The stdio fds leave the table but stay open: the runtime itself still writes to them. */
    void close(int fd) throws UvException {
        OpenFile f;
        synchronized (this) {
            f = open.remove(fd);
            if (f == null) throw UvException.of("EBADF", "close", null);
            if (fd < next) next = fd;
        }
        if (f.stdio()) return;
        try {
            f.channel().close();
        } catch (IOException e) {
            throw UvException.from(e, "close", null);
        }
    }

    /** At exit: closing flushes nothing (channels are unbuffered) but releases the OS handles promptly. */
    void closeAll() {
        for (var e : open.entrySet()) {
            if (e.getValue().stdio()) continue;
            try {
                e.getValue().channel().close();
            } catch (IOException ignored) {
                // the process is ending
            }
        }
        open.clear();
    }
}
