// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.fs;

import dev.bramble.runtime.errors.SystemErrors;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A failed file system call as libuv reports it: the code (ENOENT, ...), the syscall and the path(s)
 * the caller gave. Ops throw it on the thread that did the work; the binding turns it into Node's
 * error object on the loop thread.
 */
final class UvException extends Exception {

    final String code;
    final String syscall;
    final String path;
    final String dest;

    UvException(String code, String syscall, String path, String dest) {
        super(code, null, false, false);
        this.code = code;
        this.syscall = syscall;
        this.path = path;
        this.dest = dest;
    }

    static UvException of(String code, String syscall, String path) {
        return new UvException(code, syscall, path, null);
    }

    /** Maps what java.nio threw (it keeps the errno only as an exception type or strerror text). */
    static UvException from(Throwable e, String syscall, String path, String dest) {
        if (e instanceof UvException u) return u;
        return new UvException(code(e), syscall, path, dest);
    }

    static UvException from(Throwable e, String syscall, String path) {
        return from(e, syscall, path, null);
    }

    static String code(Throwable e) {
        if (e instanceof NonReadableChannelException || e instanceof NonWritableChannelException
                || e instanceof ClosedChannelException) return "EBADF";
        if (e instanceof AtomicMoveNotSupportedException) return "EXDEV";
        if (e instanceof OutOfMemoryError) return "ENOMEM";
        if (e instanceof NoSuchFileException n && n.getFile() != null && underNonDirectory(n.getFile())) return "ENOTDIR";
        return SystemErrors.code(e);
    }

    /** java.nio reports ENOTDIR from stat as NoSuchFileException; the kernel's answer is ENOTDIR when a parent is a file. */
    private static boolean underNonDirectory(String file) {
        Path p = Path.of(file).getParent();
        while (p != null) {
            if (Files.exists(p)) return !Files.isDirectory(p);
            p = p.getParent();
        }
        return false;
    }

    int errno() {
        return SystemErrors.info(code).errno();
    }

    String message() {
        return SystemErrors.message(code, syscall, path, dest);
    }
}
