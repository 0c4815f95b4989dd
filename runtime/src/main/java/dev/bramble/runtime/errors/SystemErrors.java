// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.errors;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Locale;
import java.util.Map;

/** libuv's error names, numbers (negated errno on Linux) and texts, and how Java exceptions map onto them. */
public final class SystemErrors {

    public record Info(int errno, String text) {}

    private static final Map<String, Info> TABLE = Map.ofEntries(
            Map.entry("EPERM", new Info(-1, "operation not permitted")),
            Map.entry("ENOENT", new Info(-2, "no such file or directory")),
            Map.entry("ESRCH", new Info(-3, "no such process")),
            Map.entry("EINTR", new Info(-4, "interrupted system call")),
            Map.entry("EIO", new Info(-5, "i/o error")),
            Map.entry("ENXIO", new Info(-6, "no such device or address")),
            Map.entry("E2BIG", new Info(-7, "argument list too long")),
            Map.entry("EBADF", new Info(-9, "bad file descriptor")),
            Map.entry("EAGAIN", new Info(-11, "resource temporarily unavailable")),
            Map.entry("ENOMEM", new Info(-12, "not enough memory")),
            Map.entry("EACCES", new Info(-13, "permission denied")),
            Map.entry("EFAULT", new Info(-14, "bad address in system call argument")),
            Map.entry("EBUSY", new Info(-16, "resource busy or locked")),
            Map.entry("EEXIST", new Info(-17, "file already exists")),
            Map.entry("EXDEV", new Info(-18, "cross-device link not permitted")),
            Map.entry("ENODEV", new Info(-19, "no such device")),
            Map.entry("ENOTDIR", new Info(-20, "not a directory")),
            Map.entry("EISDIR", new Info(-21, "illegal operation on a directory")),
            Map.entry("EINVAL", new Info(-22, "invalid argument")),
            Map.entry("ENFILE", new Info(-23, "file table overflow")),
            Map.entry("EMFILE", new Info(-24, "too many open files")),
            Map.entry("ENOTTY", new Info(-25, "inappropriate ioctl for device")),
            Map.entry("EFBIG", new Info(-27, "file too large")),
            Map.entry("ENOSPC", new Info(-28, "no space left on device")),
            Map.entry("ESPIPE", new Info(-29, "invalid seek")),
            Map.entry("EROFS", new Info(-30, "read-only file system")),
            Map.entry("EMLINK", new Info(-31, "too many links")),
            Map.entry("EPIPE", new Info(-32, "broken pipe")),
            Map.entry("ERANGE", new Info(-34, "result too large")),
            Map.entry("ENAMETOOLONG", new Info(-36, "name too long")),
            Map.entry("ENOSYS", new Info(-38, "function not implemented")),
            Map.entry("ENOTEMPTY", new Info(-39, "directory not empty")),
            Map.entry("ELOOP", new Info(-40, "too many symbolic links encountered")),
            Map.entry("ENOTSOCK", new Info(-88, "socket operation on non-socket")),
            Map.entry("EMSGSIZE", new Info(-90, "message too long")),
            Map.entry("EPROTONOSUPPORT", new Info(-93, "protocol not supported")),
            Map.entry("ENOTSUP", new Info(-95, "operation not supported on socket")),
            Map.entry("EAFNOSUPPORT", new Info(-97, "address family not supported")),
            Map.entry("EADDRINUSE", new Info(-98, "address already in use")),
            Map.entry("EADDRNOTAVAIL", new Info(-99, "address not available")),
            Map.entry("ENETDOWN", new Info(-100, "network is down")),
            Map.entry("ENETUNREACH", new Info(-101, "network is unreachable")),
            Map.entry("ECONNABORTED", new Info(-103, "software caused connection abort")),
            Map.entry("ECONNRESET", new Info(-104, "connection reset by peer")),
            Map.entry("ENOBUFS", new Info(-105, "no buffer space available")),
            Map.entry("EISCONN", new Info(-106, "socket is already connected")),
            Map.entry("ENOTCONN", new Info(-107, "socket is not connected")),
            Map.entry("ETIMEDOUT", new Info(-110, "connection timed out")),
            Map.entry("ECONNREFUSED", new Info(-111, "connection refused")),
            Map.entry("EHOSTUNREACH", new Info(-113, "host is unreachable")),
            Map.entry("EALREADY", new Info(-114, "connection already in progress")),
            Map.entry("ECANCELED", new Info(-125, "operation canceled")),
            Map.entry("ENOTFOUND", new Info(-3008, "getaddrinfo ENOTFOUND")),
            Map.entry("EAI_AGAIN", new Info(-3001, "temporary failure")));

    private SystemErrors() {}

    public static Info info(String code) {
        return TABLE.getOrDefault(code, new Info(-4094, "unknown error"));
    }

    /** Node's message: {@code ENOENT: no such file or directory, open '/x'}. */
    public static String message(String code, String syscall, String path, String dest) {
        StringBuilder sb = new StringBuilder(code).append(": ").append(info(code).text());
        if (syscall != null) sb.append(", ").append(syscall);
        if (path != null) sb.append(" '").append(path).append('\'');
        if (dest != null) sb.append(" -> '").append(dest).append('\'');
        return sb.toString();
    }

    /** The libuv code for a Java exception (best effort, by type, then by the OS's reason text). */
    public static String code(Throwable e) {
        if (e instanceof NoSuchFileException) return "ENOENT";
        if (e instanceof FileAlreadyExistsException) return "EEXIST";
        if (e instanceof DirectoryNotEmptyException) return "ENOTEMPTY";
        if (e instanceof NotDirectoryException) return "ENOTDIR";
        if (e instanceof AccessDeniedException) return "EACCES";
        if (e instanceof FileSystemLoopException) return "ELOOP";
        if (e instanceof NotLinkException) return "EINVAL";
        if (e instanceof BindException) return e.getMessage() != null && e.getMessage().contains("assign") ? "EADDRNOTAVAIL" : "EADDRINUSE";
        if (e instanceof ConnectException) return "ECONNREFUSED";
        if (e instanceof NoRouteToHostException) return "EHOSTUNREACH";
        if (e instanceof PortUnreachableException) return "ECONNREFUSED";
        if (e instanceof SocketTimeoutException) return "ETIMEDOUT";
        if (e instanceof UnknownHostException) return "ENOTFOUND";
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason != null) {
            String r = reason.toLowerCase(Locale.ROOT);
            if (r.contains("is a directory")) return "EISDIR";
            if (r.contains("not a directory")) return "ENOTDIR";
            if (r.contains("no such file")) return "ENOENT";
            if (r.contains("permission denied")) return "EACCES";
            if (r.contains("operation not permitted")) return "EPERM";
            if (r.contains("file exists")) return "EEXIST";
            if (r.contains("directory not empty")) return "ENOTEMPTY";
            if (r.contains("too many open files")) return "EMFILE";
            if (r.contains("no space left")) return "ENOSPC";
            if (r.contains("read-only file system")) return "EROFS";
            if (r.contains("broken pipe")) return "EPIPE";
            if (r.contains("connection reset")) return "ECONNRESET";
            if (r.contains("connection refused")) return "ECONNREFUSED";
            if (r.contains("invalid argument")) return "EINVAL";
            if (r.contains("cross-device")) return "EXDEV";
            if (r.contains("too many levels of symbolic links")) return "ELOOP";
            if (r.contains("name too long")) return "ENAMETOOLONG";
            if (r.contains("device or resource busy")) return "EBUSY";
            if (r.contains("bad file descriptor")) return "EBADF";
        }
        return e instanceof IOException ? "EIO" : "EINVAL";
    }
}
