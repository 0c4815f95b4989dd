// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime;

import dev.bramble.runtime.errors.ErrorFactory;
import dev.bramble.runtime.loop.EventLoop;
import dev.bramble.runtime.permissions.PermissionSet;
import dev.bramble.runtime.spi.Host;
import dev.bramble.runtime.spi.JsErrors;
import dev.bramble.runtime.spi.Loop;
import dev.bramble.runtime.spi.Permissions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.graalvm.polyglot.Value;

/**
 * The runtime's state as bindings see it. Module bindings get the {@link Host} view; core bindings
 * may also use the process-wide state here (the working directory, the environment).
 */
public final class HostImpl implements Host {

    private final EventLoop loop;
    private final PermissionSet permissions;
    private final ErrorFactory errors = new ErrorFactory();
    private final Options options;
    private final Map<String, String> env = new LinkedHashMap<>(System.getenv());
    /** The JVM cannot chdir, so process.chdir() moves this and every path is resolved against it. */
    private Path cwd = Path.of("").toAbsolutePath();

    public HostImpl(EventLoop loop, PermissionSet permissions, Options options) {
        this.loop = loop;
        this.permissions = permissions;
        this.options = options;
        permissions.setErrors(() -> errors);
    }

    @Override
    public EventLoop loop() {
        return loop;
    }

    @Override
    public PermissionSet permissions() {
        return permissions;
    }

    @Override
    public ErrorFactory errors() {
        return errors;
    }

    @Override
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.runtimeOptions().get(name));
    }

    public Options options() {
        return options;
    }

    @Override
    public Path dataDir() {
        // $BRAMBLE_DATA_DIR, else the XDG data home, per app name (the entry's directory name).
        String base = env.get("BRAMBLE_DATA_DIR");
        Path dir;
        if (base != null) {
            dir = Path.of(base);
        } else {
            String xdg = env.getOrDefault("XDG_DATA_HOME", env.getOrDefault("HOME", "/tmp") + "/.local/share");
            dir = Path.of(xdg, "bramble", options.appName());
        }
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] bytes(Value view) {
        if (view.hasBufferElements()) {
            byte[] b = new byte[(int) view.getBufferSize()];
            view.readBuffer(0, b, 0, b.length);
            return b;
        }
        Value ab = view.getMember("buffer");
        int off = view.getMember("byteOffset").asInt();
        int len = view.getMember("byteLength").asInt();
        byte[] b = new byte[len];
        if (len > 0) ab.readBuffer(off, b, 0, len);
        return b;
    }

    public Path cwd() {
        return cwd;
    }

    public void chdir(Path dir) {
        cwd = dir;
    }

    public Path resolve(String path) {
        return cwd.resolve(path).normalize();
    }

    public Map<String, String> env() {
        return env;
    }

    public Loop loopSpi() {
        return loop;
    }

    public Permissions permissionsSpi() {
        return permissions;
    }

    public JsErrors errorsSpi() {
        return errors;
    }
}
