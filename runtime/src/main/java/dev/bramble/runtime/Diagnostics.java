// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime;

import java.time.Duration;
import java.time.Instant;
import org.tinylog.Logger;
import org.tinylog.configuration.Configuration;

/**
 * The runtime's own diagnostics: {@code BRAMBLE_LOG=debug} (or info, warn, error, off) sets TinyLog's
 * level, and at debug each startup phase is logged with the time since the process began and the
 * CPU time used so far, so a slow start can be taken apart without a profiler.
 */
public final class Diagnostics {

    private static final boolean DEBUG;

    static {
        String level = System.getenv("BRAMBLE_LOG");
        Configuration.set("writer", "console");
        Configuration.set("writer.stream", "err");
        Configuration.set("writer.format", "bramble: {level}: {message}");
        Configuration.set("level", level == null || level.isBlank() ? "warn" : level.trim().toLowerCase());
        DEBUG = level != null && (level.equalsIgnoreCase("debug") || level.equalsIgnoreCase("trace"));
    }

    private Diagnostics() {}

    public static boolean debug() {
        return DEBUG;
    }

    /**
     * How this JVM was started, as {@code bramble --version} reports it: with the AOT cache that
     * bramble-prepare trained (the JVM says "sharing" only if it really mapped it), on the prepared
     * runtime image without it, or on the JDK itself.
     */
    public static String startupMode() {
        boolean sharing = System.getProperty("java.vm.info", "").contains("sharing");
        return switch (System.getProperty("bramble.startup", "")) {
            case "aot" -> sharing ? "AOT cache (" + System.getProperty("java.home") + "/bramble.aot)"
                    : "AOT cache rejected by this JVM (run bin/bramble-prepare again)";
            case "image" -> "runtime image " + System.getProperty("java.home") + " without AOT cache"
                    + (System.getenv("BRAMBLE_CLASSPATH") != null ? " (BRAMBLE_CLASSPATH is set)" : "");
            case "jdk" -> "the JDK itself, no class sharing (bin/bramble-prepare makes starts faster)";
            default -> "not started by bin/bramble";
        };
    }

    /** Logs that startup reached {@code phase} (at debug only; otherwise costs a field read). */
    public static void phase(String phase) {
        if (!DEBUG) return;
        ProcessHandle.Info info = ProcessHandle.current().info();
        long wall = info.startInstant().map(s -> Duration.between(s, Instant.now()).toMillis()).orElse(-1L);
        long cpu = info.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        Logger.debug("startup: {} at {} ms (cpu {} ms, heap {} MB)", phase, wall, cpu,
                (java.lang.Runtime.getRuntime().totalMemory() - java.lang.Runtime.getRuntime().freeMemory()) >> 20);
    }

    /** At debug: the CPU time of each busy thread so far (Linux /proc), e.g. how much went to the JIT. */
    public static void threads() {
        if (!DEBUG) return;
        StringBuilder sb = new StringBuilder();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (var t : (Iterable<java.nio.file.Path>) tasks::iterator) {
                String stat = java.nio.file.Files.readString(t.resolve("stat"));
                int close = stat.lastIndexOf(')');
                String name = stat.substring(stat.indexOf('(') + 1, close);
                String[] f = stat.substring(close + 2).split(" ");
                long ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime + stime, in 10 ms ticks
                if (ms >= 50) sb.append(' ').append(name).append('=').append(ms);
            }
        } catch (java.io.IOException | RuntimeException e) {
            return; // not Linux: nothing to say
        }
        Logger.debug("startup: thread cpu ms:{}", sb);
    }
}
