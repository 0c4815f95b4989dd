// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Calls on file descriptors, and the open flags as Linux numbers them (ARM differs from x86 in three). */
final class FdOps {

    static final boolean ARM = System.getProperty("os.arch", "").startsWith("arm")
            || System.getProperty("os.arch", "").equals("aarch64");
    static final int O_WRONLY = 1;
    static final int O_RDWR = 2;
    static final int O_CREAT = 0100;
    static final int O_EXCL = 0200;
    static final int O_NOCTTY = 0400;
    static final int O_TRUNC = 01000;
    static final int O_APPEND = 02000;
    static final int O_NONBLOCK = 04000;
    static final int O_DSYNC = 010000;
    static final int O_SYNC = 04010000;
    static final int O_DIRECTORY = ARM ? 040000 : 0200000;
    static final int O_NOFOLLOW = ARM ? 0100000 : 0400000;
    static final int O_DIRECT = ARM ? 0200000 : 040000;
    static final int O_NOATIME = 01000000;
    /** Node refuses to read more than this into one buffer (kIoMaxLength). */
    static final long MAX_LENGTH = (1L << 31) - 1;

    private FdOps() {}

    static Map<String, Integer> openFlags() {
        return Map.ofEntries(Map.entry("O_RDONLY", 0), Map.entry("O_WRONLY", O_WRONLY), Map.entry("O_RDWR", O_RDWR),
                Map.entry("O_CREAT", O_CREAT), Map.entry("O_EXCL", O_EXCL), Map.entry("O_NOCTTY", O_NOCTTY),
                Map.entry("O_TRUNC", O_TRUNC), Map.entry("O_APPEND", O_APPEND), Map.entry("O_DIRECTORY", O_DIRECTORY),
                Map.entry("O_NOATIME", O_NOATIME), Map.entry("O_NOFOLLOW", O_NOFOLLOW), Map.entry("O_SYNC", O_SYNC),
                Map.entry("O_DSYNC", O_DSYNC), Map.entry("O_DIRECT", O_DIRECT), Map.entry("O_NONBLOCK", O_NONBLOCK));
    }

    /** Whether the flags read, write (for the permission checks). */
    static boolean reads(int flags) {
        return (flags & 3) != O_WRONLY;
    }

    static boolean writes(int flags) {
        return (flags & 3) != 0 || (flags & (O_CREAT | O_TRUNC | O_APPEND)) != 0;
    }

    static int open(FdTable fds, Path p, int flags, int mode, String path) throws UvException {
        Set<OpenOption> o = new HashSet<>();
        int acc = flags & 3;
        if (acc == 0 || acc == O_RDWR) o.add(StandardOpenOption.READ);
        if (acc == O_WRONLY || acc == O_RDWR) o.add(StandardOpenOption.WRITE);
        boolean append = (flags & O_APPEND) != 0;
        // java.nio refuses READ+APPEND and APPEND+TRUNCATE; those cases seek to the end on every write.
        boolean emulateAppend = append && (acc != O_WRONLY || (flags & O_TRUNC) != 0);
        if (append && !emulateAppend) o.add(StandardOpenOption.APPEND);
        if ((flags & O_CREAT) != 0) o.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        if ((flags & O_TRUNC) != 0 && acc != 0) o.add(StandardOpenOption.TRUNCATE_EXISTING);
        if ((flags & O_SYNC) == O_SYNC) o.add(StandardOpenOption.SYNC);
        else if ((flags & O_DSYNC) != 0) o.add(StandardOpenOption.DSYNC);
        if ((flags & O_NOFOLLOW) != 0) o.add(LinkOption.NOFOLLOW_LINKS);
        try {
            if ((flags & O_DIRECTORY) != 0 && !Files.isDirectory(p)) {
                throw UvException.of(Files.exists(p) ? "ENOTDIR" : "ENOENT", "open", path);
            }
            FileChannel ch = (flags & O_CREAT) != 0
                    ? FileChannel.open(p, o, PosixFilePermissions.asFileAttribute(PathOps.perms(mode)))
                    : FileChannel.open(p, o);
            if (emulateAppend && (flags & O_TRUNC) != 0) ch.truncate(0);
            return fds.add(ch, p, emulateAppend);
        } catch (UvException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if ((flags & O_NOFOLLOW) != 0 && Files.isSymbolicLink(p)) throw UvException.of("ELOOP", "open", path);
            throw UvException.from(e, "open", path);
        }
    }

    /** Reads up to length bytes at position (-1: the file position); a buffer of exactly the bytes read. */
    static ByteBuffer read(FdTable fds, int fd, int length, double position) throws UvException {
        FileChannel ch = fds.channel(fd, "read");
        ByteBuffer buf = ByteBuffer.allocate(length);
        try {
            int n = 0;
            while (buf.hasRemaining()) {
                int r = position < 0 ? ch.read(buf) : ch.read(buf, (long) position + n);
                if (r <= 0) break;
                n += r;
                if (fd == 0) break; // a terminal or pipe: what is there now, as read(2) returns it
            }
            return n == length ? buf.flip() : buf.flip().slice();
        } catch (IOException | RuntimeException e) {
            throw UvException.from(e, "read", null);
        }
    }

    /** Writes all of data at position (-1: the file position, or the end for append). */
    static int write(FdTable fds, int fd, byte[] data, double position) throws UvException {
        FdTable.OpenFile f = fds.get(fd, "write");
        FileChannel ch = f.channel();
        ByteBuffer buf = ByteBuffer.wrap(data);
        try {
            if (f.append()) {
                synchronized (f) {
                    ch.position(ch.size());
                    while (buf.hasRemaining()) ch.write(buf);
                }
            } else if (position < 0) {
                while (buf.hasRemaining()) ch.write(buf);
            } else {
                long at = (long) position;
                while (buf.hasRemaining()) at += ch.write(buf, at);
            }
            return data.length;
        } catch (IOException | RuntimeException e) {
            throw UvException.from(e, "write", null);
        }
    }

    /** The rest of the file from the fd's position (readFile on an fd). */
    static ByteBuffer readAll(FdTable fds, int fd) throws UvException {
        return readRest(fds.channel(fd, "read"), fd == 0);
    }

    static ByteBuffer readRest(FileChannel ch, boolean stream) throws UvException {
        try {
            long size = stream ? 0 : Math.max(0, ch.size() - ch.position());
            if (size > MAX_LENGTH) throw UvException.of("ERR_FS_FILE_TOO_LARGE", "read", String.valueOf(size));
            ByteBuffer buf = ByteBuffer.allocate(size > 0 ? (int) size : 8192);
            ByteBuffer probe = ByteBuffer.allocate(1);
            reading:
            while (true) {
                while (buf.hasRemaining()) {
                    if (ch.read(buf) < 0) break reading;
                }
                // Full: the file grew, or it reports no size (/proc, pipes). Read on if there is more.
                probe.clear();
                if (ch.read(probe) < 0) break;
                if (buf.capacity() >= MAX_LENGTH) throw UvException.of("ERR_FS_FILE_TOO_LARGE", "read", String.valueOf(buf.capacity()));
                ByteBuffer bigger = ByteBuffer.allocate((int) Math.min(MAX_LENGTH, buf.capacity() * 2L));
                bigger.put(buf.flip()).put(probe.flip());
                buf = bigger;
            }
            buf.flip();
            return buf.remaining() == buf.capacity() ? buf : buf.slice();
        } catch (UvException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw UvException.from(e, "read", null);
        }
    }

    static double[] fstat(FdTable fds, int fd) throws UvException {
        FdTable.OpenFile f = fds.get(fd, "fstat");
        try {
            Map<String, Object> a = Files.readAttributes(f.path(), "unix:*");
            // The path may have been replaced since open; the channel knows the size of what is open.
            long size = f.stdio() || !f.channel().isOpen() ? -1 : f.channel().size();
            if (Files.isDirectory(f.path())) size = -1;
            return PathOps.stats(a, size);
        } catch (IOException | RuntimeException e) {
            throw UvException.from(e, "fstat", null);
        }
    }

    /** ftruncate: java.nio only shrinks, so growing writes a zero byte at the new end. */
    static void ftruncate(FdTable fds, int fd, double len) throws UvException {
        FileChannel ch = fds.channel(fd, "ftruncate");
        try {
            long size = ch.size();
            long n = (long) len;
            if (n < size) ch.truncate(n);
            else if (n > size) ch.write(ByteBuffer.wrap(new byte[1]), n - 1);
        } catch (IOException | RuntimeException e) {
            throw UvException.from(e, "ftruncate", null);
        }
    }

    static void fsync(FdTable fds, int fd, boolean metadata) throws UvException {
        String syscall = metadata ? "fsync" : "fdatasync";
        FdTable.OpenFile f = fds.get(fd, syscall);
        try {
            if (!f.stdio()) f.channel().force(metadata);
        } catch (IOException | RuntimeException e) {
            throw UvException.from(e, syscall, null);
        }
    }

    /** The path an fd was opened by, for the f* calls java.nio only offers on paths (fchmod, futimes, fchown). */
    static Path pathOf(FdTable fds, int fd, String syscall) throws UvException {
        return fds.get(fd, syscall).path();
    }
}
