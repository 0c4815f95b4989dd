// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.net;

import dev.bramble.runtime.errors.SystemErrors;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.unix.Errors;
import java.nio.channels.ClosedChannelException;

/**
 * libuv's errno for a Netty or JDK socket exception. Netty's epoll transport reports the kernel's
 * errno itself; NIO's exceptions are mapped by type and text. JS builds the error (its message
 * names the syscall and the address, as Node's do).
 */
final class NetErrors {

    private NetErrors() {}

    static int errno(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Errors.NativeIoException n && n.expectedErr() != 0) return -Math.abs(n.expectedErr());
            if (t instanceof ConnectTimeoutException) return SystemErrors.info("ETIMEDOUT").errno();
            if (t instanceof ClosedChannelException) return SystemErrors.info("EPIPE").errno();
            // Netty's native connect reports ENOENT and EACCES of a Unix socket path as these.
            if (t instanceof java.io.FileNotFoundException) return SystemErrors.info("ENOENT").errno();
            if (t instanceof java.nio.file.AccessDeniedException) return SystemErrors.info("EACCES").errno();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return SystemErrors.info(SystemErrors.code(root)).errno();
    }

    /** Which call failed, as Node names it in the message: "write EPIPE", "read ECONNRESET". */
    static String syscall(Throwable e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("write") || m.contains("send") || m.contains("broken pipe")) return "write";
        return "read";
    }
}
