// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.child_process;

import dev.bramble.runtime.HostImpl;
import dev.bramble.runtime.spi.Host;
import dev.bramble.runtime.spi.Permissions.Kind;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * child_process: the only way a program starts processes (the JS context itself may not). Every
 * op checks {@code --allow-run} with the program first. The JS glue (lib/child_process.js)
 * validates and normalizes the options; {@link Launch} turns them into a ProcessBuilder.
 *
 * <p>Ops: {@link #spawn}, {@link #spawnSync}, {@link #kill}, {@link #ipcListen}, {@link #ipcChild}.
 */
public final class ChildProcessBinding {

    private final HostImpl host;

    public ChildProcessBinding(Host host) {
        this.host = (HostImpl) host;
    }

    /**
     * Starts a child; returns its {@link Child}, or a negated errno (a number) when it could not
     * start (-2 for ENOENT), which the glue turns into Node's 'error' event or exception.
     */
    @HostAccess.Export
    public Object spawn(Value opts, Value onData, Value onExit) {
        String file = opts.getMember("file").asString();
        host.permissions().check(Kind.RUN, file, "child_process.spawn()");
        try {
            Launch launch = new Launch(host, opts);
            Process p = launch.start();
            return new Child(host, p, launch, onData, onExit);
        } catch (Launch.Failure f) {
            return f.errno;
        }
    }

    /** Runs a child to completion; {@code input} (bytes or null) goes to its stdin. */
    @HostAccess.Export
    public SyncRun spawnSync(Value opts, Value input, double timeoutMs, int killSignal, double maxBuffer) {
        String file = opts.getMember("file").asString();
        host.permissions().check(Kind.RUN, file, "child_process.spawnSync()");
        byte[] in = input == null || input.isNull() ? null : host.bytes(input);
        try {
            return SyncRun.run(new Launch(host, opts), in, (long) timeoutMs, killSignal, maxBuffer);
        } catch (Launch.Failure f) {
            return SyncRun.failed(f.errno);
        }
    }

    /** fork(): the parent's end of a new channel (its path goes to the child in BRAMBLE_IPC_PATH). */
    @HostAccess.Export
    public IpcChannel ipcListen() {
        try {
            return IpcChannel.listen(host);
        } catch (java.io.IOException e) {
            throw host.errors().throwIo(e, "spawn", null);
        }
    }

    /**
     * In a forked child: the channel to the parent, or null when not forked. The variable is taken
     * out of the environment, as Node takes NODE_CHANNEL_FD, so our own children do not inherit it.
     */
    @HostAccess.Export
    public IpcChannel ipcChild() {
        String path = host.env().remove(IpcChannel.ENV);
        if (path == null) return null;
        try {
            return IpcChannel.connect(host, path);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /**
     * process.kill(pid, signal): 0 or a negated errno. We and our children may always be signalled;
     * any other process needs --allow-run.
     */
    @HostAccess.Export
    public int kill(double pid, int signal) {
        long p = (long) pid;
        Child child = Child.Registry.get(p);
        if (child == null && p != ProcessHandle.current().pid()) {
            host.permissions().check(Kind.RUN, String.valueOf(p), "process.kill()");
        }
        if (child != null) child.noteSignal(signal);
        return Signals.kill(p, signal);
    }
}
