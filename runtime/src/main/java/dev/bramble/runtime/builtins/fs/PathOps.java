// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The path-based calls, done with java.nio the way libuv does them with POSIX calls. Each takes the
 * resolved path and the caller's spelling of it (for the error), and throws {@link UvException}.
 */
final class PathOps {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEMP_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static final LinkOption[] FOLLOW = {};
    static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};

    private PathOps() {}

    // Node's Stats fields in order; times as [seconds, nanoseconds] pairs so BigIntStats keep every digit.
    static double[] stat(Path p, boolean follow, String syscall, String path) throws UvException {
        try {
            Map<String, Object> a = Files.readAttributes(p, "unix:*", follow ? FOLLOW : NOFOLLOW);
            return stats(a, -1);
        } catch (IOException | UnsupportedOperationException e) {
            throw UvException.from(e, syscall, path);
        }
    }

    static double[] stats(Map<String, Object> a, long sizeOverride) {
        double size = sizeOverride >= 0 ? sizeOverride : ((Number) a.get("size")).doubleValue();
        double[] s = new double[18];
        s[0] = ((Number) a.get("dev")).doubleValue();
        s[1] = ((Number) a.get("mode")).doubleValue();
        s[2] = ((Number) a.get("nlink")).doubleValue();
        s[3] = ((Number) a.get("uid")).doubleValue();
        s[4] = ((Number) a.get("gid")).doubleValue();
        s[5] = ((Number) a.get("rdev")).doubleValue();
        // java.nio has no st_blksize/st_blocks: the page-size block, and blocks as a dense file uses them.
        s[6] = 4096;
        s[7] = ((Number) a.get("ino")).doubleValue();
        s[8] = size;
        s[9] = Math.ceil(size / 4096) * 8;
        time(s, 10, (FileTime) a.get("lastAccessTime"));
        time(s, 12, (FileTime) a.get("lastModifiedTime"));
        time(s, 14, (FileTime) a.get("ctime"));
        time(s, 16, (FileTime) a.get("creationTime"));
        return s;
    }

    private static void time(double[] s, int i, FileTime t) {
        Instant in = t.toInstant();
        s[i] = in.getEpochSecond();
        s[i + 1] = in.getNano();
    }

    /** Entry names (sorted by bytes, as libuv's scandir does) and, if asked, their UV_DIRENT_* types. */
    static Object[] readdir(Path p, boolean types, String path) throws UvException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
            for (Path e : ds) names.add(e.getFileName().toString());
        } catch (IOException e) {
            throw UvException.from(e, "scandir", path);
        }
        String[] sorted = names.toArray(String[]::new);
        Arrays.sort(sorted, PathOps::compareBytes);
        if (!types) return new Object[] {sorted};
        int[] t = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) t[i] = direntType(p.resolve(sorted[i]));
        return new Object[] {sorted, t};
    }

    static int compareBytes(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static int direntType(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isSymbolicLink()) return 3;
            if (a.isDirectory()) return 2;
            if (a.isRegularFile()) return 1;
            int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0xF000;
            return switch (mode) {
                case 0x1000 -> 4;
                case 0xC000 -> 5;
                case 0x2000 -> 6;
                case 0x6000 -> 7;
                default -> 0;
            };
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** mkdir; with recursive, the first directory it had to create, spelled as the caller spelled the path (null if none). */
    static String mkdir(Path cwd, Path p, int mode, boolean recursive, String path) throws UvException {
        var attr = PosixFilePermissions.asFileAttribute(perms(mode));
        if (!recursive) {
            try {
                Files.createDirectory(p, attr);
                return null;
            } catch (IOException e) {
                throw UvException.from(e, "mkdir", path);
            }
        }
        List<Path> missing = new ArrayList<>();
        Path q = Path.of(path);
        while (q != null && !Files.exists(cwd.resolve(q), LinkOption.NOFOLLOW_LINKS)) {
            missing.add(0, q);
            q = q.getParent();
        }
        if (missing.isEmpty()) {
            if (Files.isDirectory(p)) return null;
            throw UvException.of("EEXIST", "mkdir", path);
        }
        if (q != null && !Files.isDirectory(cwd.resolve(q))) throw UvException.of("ENOTDIR", "mkdir", path);
        for (Path m : missing) {
            try {
                Files.createDirectory(cwd.resolve(m), attr);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (!Files.isDirectory(cwd.resolve(m))) throw UvException.of("EEXIST", "mkdir", path);
            } catch (IOException e) {
                throw UvException.from(e, "mkdir", path);
            }
        }
        return missing.get(0).toString();
    }

    /** A new directory named prefix + six random characters, mode 0700; returns the name in the caller's spelling. */
    static String mkdtemp(Path cwd, String prefix) throws UvException {
        var attr = PosixFilePermissions.asFileAttribute(perms(0700));
        for (int attempt = 0; attempt < 100; attempt++) {
            StringBuilder sb = new StringBuilder(prefix);
            for (int i = 0; i < 6; i++) sb.append(TEMP_CHARS.charAt(RANDOM.nextInt(TEMP_CHARS.length())));
            try {
                Files.createDirectory(cwd.resolve(sb.toString()), attr);
                return sb.toString();
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // try another name
            } catch (IOException e) {
                throw UvException.from(e, "mkdtemp", prefix + "XXXXXX");
            }
        }
        throw UvException.of("EEXIST", "mkdtemp", prefix + "XXXXXX");
    }

    static void rmdir(Path p, String path) throws UvException {
        try {
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                throw UvException.of("ENOTDIR", "rmdir", path);
            }
            Files.delete(p);
        } catch (IOException e) {
            throw UvException.from(e, "rmdir", path);
        }
    }

    static void unlink(Path p, String path) throws UvException {
        try {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) throw UvException.of("EISDIR", "unlink", path);
            Files.delete(p);
        } catch (IOException e) {
            throw UvException.from(e, "unlink", path);
        }
    }

    /** Deletes a tree without following links (rm -rf). A missing path is not an error here: JS checked it. */
    static void rmTree(Path root, String path) throws UvException {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    if (exc != null) throw exc;
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // removed by someone else meanwhile
        } catch (IOException e) {
            String at = e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() : path;
            throw UvException.from(e, Files.isDirectory(Path.of(at), LinkOption.NOFOLLOW_LINKS) ? "rmdir" : "unlink", at);
        }
    }

    static void rename(Path from, Path to, String path, String dest) throws UvException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw UvException.from(e, "rename", path, dest);
        }
    }

    /** copyfile: contents and mode, like libuv (a directory source is EISDIR; EXCL keeps an existing dest). */
    static void copyFile(Path src, Path dst, boolean excl, String path, String dest) throws UvException {
        try (FileChannel in = FileChannel.open(src, StandardOpenOption.READ)) {
            if (Files.isDirectory(src)) throw new UvException("EISDIR", "copyfile", path, dest);
            int mode = (Integer) Files.getAttribute(src, "unix:mode");
            Set<StandardOpenOption> opts = EnumSet.of(StandardOpenOption.WRITE,
                    excl ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            try (FileChannel out = FileChannel.open(dst, opts, PosixFilePermissions.asFileAttribute(perms(mode)))) {
                long size = in.size();
                long done = 0;
                while (done < size) {
                    long n = in.transferTo(done, size - done, out);
                    if (n <= 0) break;
                    done += n;
                }
                // A file that grew while we copied (or reports size 0, like /proc) is copied to its end.
                ByteBuffer buf = ByteBuffer.allocate(65536);
                in.position(done);
                while (in.read(buf) > 0) {
                    buf.flip();
                    while (buf.hasRemaining()) out.write(buf);
                    buf.clear();
                }
            }
            Files.setAttribute(dst, "unix:mode", mode & 07777);
        } catch (UvException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw UvException.from(e, "copyfile", path, dest);
        }
    }

    static void symlink(String target, Path link, String path) throws UvException {
        try {
            Files.createSymbolicLink(link, Path.of(target));
        } catch (IOException e) {
            throw UvException.from(e, "symlink", target, path);
        }
    }

    static void link(Path existing, Path link, String path, String dest) throws UvException {
        try {
            Files.createLink(link, existing);
        } catch (IOException e) {
            throw UvException.from(e, "link", path, dest);
        }
    }

    static String readlink(Path p, String path) throws UvException {
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException e) {
            throw UvException.from(e, "readlink", path);
        }
    }

    /**
     * realpath(3), or Node's JS realpath ({@code lstat} per component, on the lexically resolved path),
     * which reports the first component that does not exist.
     */
    static String realpath(Path p, boolean nativeFlavour, String path) throws UvException {
        Path target = nativeFlavour ? p : p.toAbsolutePath().normalize();
        try {
            return target.toRealPath().toString();
        } catch (IOException e) {
            if (nativeFlavour) throw UvException.from(e, "realpath", path);
            // Node's walk: lstat each component of the resolved prefix; a link's target must stat.
            Path q = target.getRoot();
            for (Path part : target) {
                Path next = q.resolve(part);
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(next, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException inner) {
                    throw UvException.from(inner, "lstat", next.toString());
                }
                if (!a.isSymbolicLink()) {
                    q = next;
                    continue;
                }
                try {
                    q = next.toRealPath();
                } catch (IOException inner) {
                    throw UvException.from(inner, "stat", next.toString());
                }
            }
            throw UvException.from(e, "lstat", target.toString());
        }
    }

    static void access(Path p, int mode, String path) throws UvException {
        List<AccessMode> modes = new ArrayList<>();
        if ((mode & 4) != 0) modes.add(AccessMode.READ);
        if ((mode & 2) != 0) modes.add(AccessMode.WRITE);
        if ((mode & 1) != 0) modes.add(AccessMode.EXECUTE);
        try {
            p.getFileSystem().provider().checkAccess(p, modes.toArray(AccessMode[]::new));
        } catch (IOException e) {
            throw UvException.from(e, "access", path);
        }
    }

    static void chmod(Path p, int mode, String syscall, String path) throws UvException {
        try {
            Files.setAttribute(p, "unix:mode", mode & 07777);
        } catch (IOException | RuntimeException e) {
            throw UvException.from(e, syscall, path);
        }
    }

    /** chown/lchown; -1 leaves that id unchanged, as POSIX does. */
    static void chown(Path p, int uid, int gid, boolean follow, String syscall, String path) throws UvException {
        try {
            if (uid != -1) Files.setAttribute(p, "unix:uid", uid, follow ? FOLLOW : NOFOLLOW);
            if (gid != -1) Files.setAttribute(p, "unix:gid", gid, follow ? FOLLOW : NOFOLLOW);
        } catch (IOException | RuntimeException e) {
            throw UvException.from(e, syscall, path);
        }
    }

    static void utimes(Path p, double atime, double mtime, boolean follow, String syscall, String path)
            throws UvException {
        try {
            Files.getFileAttributeView(p, BasicFileAttributeView.class, follow ? FOLLOW : NOFOLLOW)
                    .setTimes(fileTime(mtime), fileTime(atime), null);
        } catch (IOException | RuntimeException e) {
            throw UvException.from(e, syscall, path);
        }
    }

    static FileTime fileTime(double seconds) {
        long s = (long) Math.floor(seconds);
        long ns = Math.round((seconds - s) * 1e9);
        return FileTime.from(Instant.ofEpochSecond(s, ns));
    }

    /** statfs: Java knows the block size and counts; the type is the magic number of the named file system. */
    static double[] statfs(Path p, String path) throws UvException {
        try {
            FileStore fs = Files.getFileStore(p);
            long bs = fs.getBlockSize();
            return new double[] {magic(fs.type()), bs, fs.getTotalSpace() / bs, fs.getUnallocatedSpace() / bs,
                fs.getUsableSpace() / bs, 0, 0};
        } catch (IOException | UnsupportedOperationException e) {
            throw UvException.from(e, "statfs", path);
        }
    }

    private static double magic(String type) {
        return switch (type) {
            case "ext2", "ext3", "ext4" -> 0xEF53;
            case "tmpfs" -> 0x01021994;
            case "overlay" -> 0x794C7630;
            case "xfs" -> 0x58465342;
            case "btrfs" -> 0x9123683EL;
            case "vfat", "msdos" -> 0x4d44;
            case "nfs", "nfs4" -> 0x6969;
            case "proc" -> 0x9fa0;
            case "sysfs" -> 0x62656572;
            case "f2fs" -> 0xF2F52010L;
            default -> 0;
        };
    }

    static Set<PosixFilePermission> perms(int mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = PosixFilePermission.values(); // OWNER_READ ... OTHERS_EXECUTE
        for (int i = 0; i < 9; i++) if ((mode & (0400 >> i)) != 0) s.add(all[i]);
        return s;
    }
}
