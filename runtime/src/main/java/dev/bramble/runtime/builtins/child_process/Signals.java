// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.child_process;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * Sending signals. {@link ProcessHandle} can only send SIGTERM and SIGKILL, so any other signal
 * (SIGINT, SIGHUP, SIGUSR1, 0 for "does it exist") goes through libc's {@code kill(2)} by the
 * foreign-function API; without it (no native access) only TERM and KILL work.
 */
public final class Signals {

    /** Linux signal names by number (x86-64 and ARM agree), as os.constants.signals has them. */
    private static final String[] NAMES = {
        null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL",
        "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT",
        "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF",
        "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS",
    };
    static final int SIGKILL = 9;
    static final int SIGTERM = 15;
    private static final int ESRCH = 3;
    private static final int EPERM = 1;

    private static final MethodHandle KILL;
    private static final StructLayout STATE;
    private static final VarHandle ERRNO;

    static {
        MethodHandle kill = null;
        StructLayout state = null;
        VarHandle errno = null;
        try {
            Linker linker = Linker.nativeLinker();
            state = Linker.Option.captureStateLayout();
            errno = state.varHandle(MemoryLayout.PathElement.groupElement("errno"));
            kill = linker.downcallHandle(linker.defaultLookup().find("kill").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT),
                    Linker.Option.captureCallState("errno"));
        } catch (RuntimeException | LinkageError e) {
            kill = null;
        }
        KILL = kill;
        STATE = state;
        ERRNO = errno;
    }

    private Signals() {}

    public static String name(int signal) {
        return signal > 0 && signal < NAMES.length ? NAMES[signal] : null;
    }

    /** Sends {@code signal} to {@code pid}; returns 0 or a negated errno (ESRCH, EPERM, EINVAL), as libuv does. */
    public static int kill(long pid, int signal) {
        if (KILL != null) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment st = arena.allocate(STATE);
                int r = (int) KILL.invokeExact(st, (int) pid, signal);
                return r == 0 ? 0 : -(int) ERRNO.get(st, 0L);
            } catch (Throwable e) {
                // fall back to ProcessHandle below
            }
        }
        var h = ProcessHandle.of(pid);
        if (h.isEmpty()) return -ESRCH;
        if (signal == 0) return 0;
        if (signal != SIGTERM && signal != SIGKILL) return -22;
        boolean ok = signal == SIGKILL ? h.get().destroyForcibly() : h.get().destroy();
        return ok ? 0 : -EPERM;
    }
}
