// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.process;

import dev.bramble.runtime.HostImpl;
import dev.bramble.runtime.Runtime;
import dev.bramble.runtime.spi.Host;
import dev.bramble.runtime.spi.Permissions.Kind;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import sun.misc.Signal;

/** process: identity, environment (guarded by --allow-env), working directory, clocks, exit, signals. */
public final class ProcessBinding {

    private static final long START = System.nanoTime();
    private final HostImpl host;

    public ProcessBinding(Host host) {
        this.host = (HostImpl) host;
    }

    /** The tick protocol: JS keeps [pending ticks, pending rejections] in this shared Int32Array. */
    @HostAccess.Export
    public Object tickInfo() {
        return Runtime.current().tickInfo();
    }

    /** Registers the JS functions the loop calls: processTicksAndRejections, fatalException, emitBeforeExit, emitExit. */
    @HostAccess.Export
    public void setup(Value hooks) {
        Runtime.current().setProcessHooks(hooks);
    }

    @HostAccess.Export
    public String cwd() {
        return host.cwd().toString();
    }

    @HostAccess.Export
    public void chdir(String dir) {
        Path p = host.resolve(dir);
        if (!Files.isDirectory(p)) {
            String code = Files.exists(p) ? "ENOTDIR" : "ENOENT";
            throw host.errors().throwSystem(code, "chdir", host.cwd() + " -> '" + dir, null);
        }
        host.chdir(p);
    }

    @HostAccess.Export
    public String getEnv(String name) {
        host.permissions().check(Kind.ENV, name, "process.env");
        return host.env().get(name);
    }

    @HostAccess.Export
    public boolean hasEnv(String name) {
        host.permissions().check(Kind.ENV, name, "process.env");
        return host.env().containsKey(name);
    }

    @HostAccess.Export
    public void setEnv(String name, String value) {
        host.permissions().check(Kind.ENV, name, "process.env");
        host.env().put(name, value);
    }

    @HostAccess.Export
    public boolean deleteEnv(String name) {
        host.permissions().check(Kind.ENV, name, "process.env");
        return host.env().remove(name) != null;
    }

    /** Enumerating the environment reveals every name, so it needs --allow-env without a list. */
    @HostAccess.Export
    public String[] envKeys() {
        if (!host.permissions().grantsAll(Kind.ENV)) {
            List<String> granted = host.env().keySet().stream()
                    .filter(k -> host.permissions().isGranted(Kind.ENV, k)).toList();
            return granted.toArray(String[]::new);
        }
        return host.env().keySet().toArray(String[]::new);
    }

    @HostAccess.Export
    public double pid() {
        return ProcessHandle.current().pid();
    }

    @HostAccess.Export
    public double ppid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
    }

    /** Nanoseconds since an arbitrary origin, as a double (exact up to 2^53 ns, about 104 days). */
    @HostAccess.Export
    public double hrtime() {
        return System.nanoTime() - START;
    }

    @HostAccess.Export
    public double uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
    }

    /** [rss, heapTotal, heapUsed, external, arrayBuffers] in bytes. */
    @HostAccess.Export
    public double[] memoryUsage() {
        java.lang.Runtime rt = java.lang.Runtime.getRuntime();
        long heapTotal = rt.totalMemory();
        long heapUsed = heapTotal - rt.freeMemory();
        long direct = 0;
        for (var pool : ManagementFactory.getPlatformMXBeans(java.lang.management.BufferPoolMXBean.class)) {
            direct += pool.getMemoryUsed();
        }
        return new double[] {rss(), heapTotal, heapUsed, direct, direct};
    }

    @HostAccess.Export
    public double rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024.0;
            }
        } catch (IOException | NumberFormatException ignored) {
            // not Linux: fall through
        }
        return java.lang.Runtime.getRuntime().totalMemory();
    }

    /** [user, system] CPU time in microseconds. */
    @HostAccess.Export
    public double[] cpuUsage() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long total = os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() / 1000 : 0;
        var threads = ManagementFactory.getThreadMXBean();
        long user = 0;
        for (long id : threads.getAllThreadIds()) {
            long u = threads.getThreadUserTime(id);
            if (u > 0) user += u / 1000;
        }
        return new double[] {Math.min(user, total), Math.max(0, total - user)};
    }

    @HostAccess.Export
    public void reallyExit(int code) {
        Runtime.current().exit(code);
    }

    /** Delivers a signal to process.emit(name) on the loop instead of the JVM's default action. */
    @HostAccess.Export
    public void watchSignal(String name, Value emit) {
        Signal.handle(new Signal(name.replaceFirst("^SIG", "")),
                sig -> host.loop().execute(() -> host.loop().call(emit, name)));
    }

    @HostAccess.Export
    public String[] argv() {
        return Runtime.current().argv();
    }

    @HostAccess.Export
    public String[] execArgv() {
        return host.options().execArgv().toArray(String[]::new);
    }

    @HostAccess.Export
    public String execPath() {
        return System.getProperty("bramble.launcher", "bramble");
    }

    @HostAccess.Export
    public String arch() {
        return switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64" -> "arm64";
            case "arm" -> "arm";
            default -> System.getProperty("os.arch");
        };
    }

    @HostAccess.Export
    public String platform() {
        String os = System.getProperty("os.name").toLowerCase();
        return os.contains("linux") ? "linux" : os.contains("mac") ? "darwin" : os.contains("win") ? "win32" : os;
    }

    /** [bramble, graaljs, java, netty] versions for process.versions. */
    @HostAccess.Export
    public String[] versions() {
        return Runtime.versions();
    }

    @HostAccess.Export
    public double uid() {
        return idFromStatus("Uid:");
    }

    @HostAccess.Export
    public double gid() {
        return idFromStatus("Gid:");
    }

    private static double idFromStatus(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[1]);
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return -1;
    }

    static ByteBuffer newTickInfo() {
        return ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
    }
}
