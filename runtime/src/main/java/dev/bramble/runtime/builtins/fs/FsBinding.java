// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.fs;

import dev.bramble.runtime.HostImpl;
import dev.bramble.runtime.Runtime;
import dev.bramble.runtime.spi.Host;
import dev.bramble.runtime.spi.Loop;
import dev.bramble.runtime.spi.Permissions.Kind;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code fs}: every op in one list. An op whose last argument {@code req} is a function runs on the
 * worker pool and calls {@code req(err, result)} on the loop; without one it runs here and throws.
 * Path ops take the JS API name for the permission check, their first line. Paths are resolved against
 * the runtime's cwd; errors name the path as the caller spelled it, as Node's do.
 */
public final class FsBinding {

    private final HostImpl host;
    private final Runtime rt;
    private final FdTable fds = new FdTable();
    private final Watchers watchers;
    private Value makeError; // (code, errno, message, syscall, path, dest) => Error

    public FsBinding(Host host) {
        this.host = (HostImpl) host;
        this.rt = Runtime.current();
        this.watchers = new Watchers(host.loop());
        host.loop().onExit(() -> {
            watchers.closeAll();
            fds.closeAll();
        });
    }

    // ---- the ops ----

    @HostAccess.Export
    public void init(Value makeError) {
        this.makeError = makeError;
    }

    /** The --allow-write check alone, for calls made of several ops (rm stats before it deletes). */
    @HostAccess.Export
    public void checkWrite(String path, String api) {
        write(path, api);
    }

    /** Open flags by name, as this machine's Linux numbers them. */
    @HostAccess.Export
    public Object openFlags() {
        return FdOps.openFlags().entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toArray();
    }

    @HostAccess.Export
    public Object open(String path, int flags, int mode, String api, Value req) {
        Path p = FdOps.writes(flags) ? write(path, api) : null;
        if (FdOps.reads(flags)) p = read(path, api);
        Path at = (flags & FdOps.O_CREAT) != 0 ? p : existing(path, p);
        return run(req, "open", () -> FdOps.open(fds, nonEmpty(at, "open", path), flags, mode, path));
    }

    @HostAccess.Export
    public Object close(int fd, Value req) {
        return run(req, "close", () -> {
            fds.close(fd);
            return null;
        });
    }

    @HostAccess.Export
    public Object read(int fd, int length, double position, Value req) {
        return run(req, "read", () -> FdOps.read(fds, fd, length, position));
    }

    /** Writes bytes [offset, offset+length) of an ArrayBuffer (one bulk copy; a view's getters cost more). */
    @HostAccess.Export
    public Object write(int fd, Value arrayBuffer, int offset, int length, double position, Value req) {
        byte[] bytes = copy(arrayBuffer, offset, length);
        return run(req, "write", () -> FdOps.write(fds, fd, bytes, position));
    }

    /** chunks: [arrayBuffer, offset, length, ...] */
    @HostAccess.Export
    public Object writev(int fd, Value chunks, double position, Value req) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (long i = 0; i + 2 < chunks.getArraySize(); i += 3) {
            all.writeBytes(copy(chunks.getArrayElement(i), chunks.getArrayElement(i + 1).asInt(),
                    chunks.getArrayElement(i + 2).asInt()));
        }
        byte[] bytes = all.toByteArray();
        return run(req, "write", () -> FdOps.write(fds, fd, bytes, position));
    }

    private static byte[] copy(Value arrayBuffer, int offset, int length) {
        byte[] b = new byte[length];
        if (length > 0) arrayBuffer.readBuffer(offset, b, 0, length);
        return b;
    }

    @HostAccess.Export
    public Object readFileFd(int fd, Value req) {
        return run(req, "read", () -> FdOps.readAll(fds, fd));
    }

    /** open + read to the end + close in one op, so readFile does one hop to the worker pool. */
    @HostAccess.Export
    public Object readFile(String path, int flags, String api, Value req) {
        Path p = existing(path, read(path, api));
        return run(req, "open", () -> {
            int fd = FdOps.open(fds, nonEmpty(p, "open", path), flags, 0666, path);
            try {
                return FdOps.readAll(fds, fd);
            } finally {
                fds.close(fd);
            }
        });
    }

    @HostAccess.Export
    public Object writeFile(String path, Value arrayBuffer, int offset, int length, int flags, int mode, String api,
                            Value req) {
        Path p = write(path, api);
        byte[] bytes = copy(arrayBuffer, offset, length);
        return run(req, "open", () -> {
            int fd = FdOps.open(fds, nonEmpty(p, "open", path), flags, mode, path);
            try {
                FdOps.write(fds, fd, bytes, -1);
                return null;
            } finally {
                fds.close(fd);
            }
        });
    }

    @HostAccess.Export
    public Object stat(String path, boolean follow, String api, Value req) {
        Path p = existing(path, read(path, api));
        String syscall = follow ? "stat" : "lstat";
        return run(req, syscall, () -> PathOps.stat(nonEmpty(p, syscall, path), follow, syscall, path));
    }

    @HostAccess.Export
    public Object fstat(int fd, Value req) {
        return run(req, "fstat", () -> FdOps.fstat(fds, fd));
    }

    @HostAccess.Export
    public Object readdir(String path, boolean types, String api, Value req) {
        Path p = existing(path, read(path, api));
        return run(req, "scandir", () -> PathOps.readdir(nonEmpty(p, "scandir", path), types, path));
    }

    @HostAccess.Export
    public Object mkdir(String path, int mode, boolean recursive, String api, Value req) {
        Path p = write(path, api);
        Path cwd = host.cwd();
        return run(req, "mkdir", () -> PathOps.mkdir(cwd, nonEmpty(p, "mkdir", path), mode, recursive, path));
    }

    @HostAccess.Export
    public Object mkdtemp(String prefix, String api, Value req) {
        write(prefix + "XXXXXX", api);
        Path cwd = host.cwd();
        return run(req, "mkdtemp", () -> PathOps.mkdtemp(cwd, prefix));
    }

    @HostAccess.Export
    public Object rmdir(String path, String api, Value req) {
        Path p = write(path, api);
        return run(req, "rmdir", () -> {
            PathOps.rmdir(nonEmpty(p, "rmdir", path), path);
            return null;
        });
    }

    @HostAccess.Export
    public Object unlink(String path, String api, Value req) {
        Path p = write(path, api);
        return run(req, "unlink", () -> {
            PathOps.unlink(nonEmpty(p, "unlink", path), path);
            return null;
        });
    }

    /** rm -rf of a path lib/fs checked exists (rm, rmdir with recursive). */
    @HostAccess.Export
    public Object rmTree(String path, String api, Value req) {
        Path p = write(path, api);
        return run(req, "rm", () -> {
            PathOps.rmTree(nonEmpty(p, "rm", path), path);
            return null;
        });
    }

    @HostAccess.Export
    public Object rename(String from, String to, String api, Value req) {
        Path a = write(from, api);
        Path b = write(to, api);
        return run(req, "rename", () -> {
            PathOps.rename(nonEmpty(a, "rename", from), nonEmpty(b, "rename", from), from, to);
            return null;
        });
    }

    @HostAccess.Export
    public Object copyFile(String src, String dest, boolean excl, String api, Value req) {
        Path a = existing(src, read(src, api));
        Path b = write(dest, api);
        return run(req, "copyfile", () -> {
            PathOps.copyFile(nonEmpty(a, "copyfile", src), nonEmpty(b, "copyfile", src), excl, src, dest);
            return null;
        });
    }

    @HostAccess.Export
    public Object link(String existing, String path, String api, Value req) {
        Path a = read(existing, api);
        Path b = write(path, api);
        return run(req, "link", () -> {
            PathOps.link(nonEmpty(a, "link", existing), nonEmpty(b, "link", existing), existing, path);
            return null;
        });
    }

    @HostAccess.Export
    public Object symlink(String target, String path, String api, Value req) {
        Path p = write(path, api);
        return run(req, "symlink", () -> {
            if (target.isEmpty()) throw new UvException("ENOENT", "symlink", target, path);
            PathOps.symlink(target, nonEmpty(p, "symlink", target), path);
            return null;
        });
    }

    @HostAccess.Export
    public Object readlink(String path, String api, Value req) {
        Path p = read(path, api);
        return run(req, "readlink", () -> PathOps.readlink(nonEmpty(p, "readlink", path), path));
    }

    @HostAccess.Export
    public Object realpath(String path, boolean nativeFlavour, String api, Value req) {
        Path p = existing(path, read(path, api));
        return run(req, "realpath", () -> PathOps.realpath(nonEmpty(p, nativeFlavour ? "realpath" : "lstat", path),
                nativeFlavour, path));
    }

    @HostAccess.Export
    public Object access(String path, int mode, String api, Value req) {
        Path p = existing(path, read(path, api));
        return run(req, "access", () -> {
            PathOps.access(nonEmpty(p, "access", path), mode, path);
            return null;
        });
    }

    @HostAccess.Export
    public Object chmod(String path, int mode, String api, Value req) {
        Path p = write(path, api);
        return run(req, "chmod", () -> {
            PathOps.chmod(nonEmpty(p, "chmod", path), mode, "chmod", path);
            return null;
        });
    }

    @HostAccess.Export
    public Object fchmod(int fd, int mode, Value req) {
        return run(req, "fchmod", () -> {
            PathOps.chmod(FdOps.pathOf(fds, fd, "fchmod"), mode, "fchmod", null);
            return null;
        });
    }

    @HostAccess.Export
    public Object chown(String path, int uid, int gid, boolean follow, String api, Value req) {
        Path p = write(path, api);
        String syscall = follow ? "chown" : "lchown";
        return run(req, syscall, () -> {
            PathOps.chown(nonEmpty(p, syscall, path), uid, gid, follow, syscall, path);
            return null;
        });
    }

    @HostAccess.Export
    public Object fchown(int fd, int uid, int gid, Value req) {
        return run(req, "fchown", () -> {
            PathOps.chown(FdOps.pathOf(fds, fd, "fchown"), uid, gid, true, "fchown", null);
            return null;
        });
    }

    @HostAccess.Export
    public Object utimes(String path, double atime, double mtime, boolean follow, String api, Value req) {
        Path p = write(path, api);
        String syscall = follow ? "utime" : "lutime";
        return run(req, syscall, () -> {
            PathOps.utimes(nonEmpty(p, syscall, path), atime, mtime, follow, syscall, path);
            return null;
        });
    }

    @HostAccess.Export
    public Object futimes(int fd, double atime, double mtime, Value req) {
        return run(req, "futime", () -> {
            PathOps.utimes(FdOps.pathOf(fds, fd, "futime"), atime, mtime, true, "futime", null);
            return null;
        });
    }

    @HostAccess.Export
    public Object ftruncate(int fd, double len, Value req) {
        return run(req, "ftruncate", () -> {
            FdOps.ftruncate(fds, fd, len);
            return null;
        });
    }

    @HostAccess.Export
    public Object fsync(int fd, boolean metadata, Value req) {
        return run(req, metadata ? "fsync" : "fdatasync", () -> {
            FdOps.fsync(fds, fd, metadata);
            return null;
        });
    }

    @HostAccess.Export
    public Object statfs(String path, String api, Value req) {
        Path p = existing(path, read(path, api));
        return run(req, "statfs", () -> PathOps.statfs(nonEmpty(p, "statfs", path), path));
    }

    @HostAccess.Export
    public Object opendir(String path, String api, Value req) {
        Path p = existing(path, read(path, api));
        String shown = req == null || req.isNull() ? null : path; // Node's sync error names no path
        return run(req, "opendir", () -> DirHandle.open(nonEmpty(p, "opendir", shown), this, shown));
    }

    /** fs.watch: listener(eventType, filename) on the loop until the returned handle is closed. */
    @HostAccess.Export
    public Object watch(String path, boolean recursive, Value listener, String api) {
        Path p = read(path, api);
        try {
            return watchers.watch(nonEmpty(p, "watch", path), recursive, listener, path);
        } catch (UvException e) {
            throw error(e).throwException();
        }
    }

    // ---- running ops ----

    interface Work {
        Object call() throws UvException;
    }

    Object run(Value req, String syscall, Work work) {
        if (req == null || req.isNull()) {
            try {
                return work.call();
            } catch (UvException e) {
                throw error(e).throwException();
            }
        }
        Loop loop = host.loop();
        Loop.Handle handle = loop.handle("fs." + syscall);
        loop.workers().execute(() -> {
            Object result = null;
            UvException failure = null;
            try {
                result = work.call();
            } catch (UvException e) {
                failure = e;
            } catch (RuntimeException | OutOfMemoryError e) {
                failure = UvException.from(e, syscall, null);
            }
            Object done = result;
            UvException failed = failure;
            loop.execute(() -> {
                handle.close();
                if (failed != null) loop.call(req, error(failed));
                else loop.call(req, null, done);
            });
        });
        return null;
    }

    Value error(UvException e) {
        return makeError.execute(e.code, e.errno(), e.message(), e.syscall, e.path, e.dest);
    }

    // ---- paths and permissions ----

    private Path read(String path, String api) {
        Path abs = host.resolve(path);
        if (!rt.isProgramFile(abs)) host.permissions().check(Kind.READ, abs.toString(), api);
        return path.isEmpty() ? null : host.cwd().resolve(path);
    }

    private Path write(String path, String api) {
        host.permissions().check(Kind.WRITE, host.resolve(path).toString(), api);
        return path.isEmpty() ? null : host.cwd().resolve(path);
    }

    /** A path that must exist: a trailing slash makes the kernel insist on a directory, which java.nio would drop. */
    private static Path existing(String path, Path p) {
        if (p == null || path.length() < 2 || !path.endsWith("/")) return p;
        return Path.of(p + "/.");
    }

    /** The empty path names nothing (ENOENT), though java.nio reads it as the cwd. */
    private static Path nonEmpty(Path p, String syscall, String path) throws UvException {
        if (p == null) throw UvException.of("ENOENT", syscall, path);
        return p;
    }
}
