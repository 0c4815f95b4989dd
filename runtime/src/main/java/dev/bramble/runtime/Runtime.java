// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime;

import dev.bramble.runtime.builtins.CoreBindings;
import dev.bramble.runtime.engine.JsEngine;
import dev.bramble.runtime.loop.EventLoop;
import dev.bramble.runtime.modules.ModuleFileSystem;
import dev.bramble.runtime.modules.NodeResolver;
import dev.bramble.runtime.permissions.PermissionSet;
import dev.bramble.runtime.spi.BuiltinModule;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.tinylog.Logger;

/**
 * One run of a program: the loop, the context, the bindings and the exit. Everything here happens
 * on the loop thread except {@link #run}, which starts it and waits.
 */
public final class Runtime implements EventLoop.Hooks {

    public static final String JS_ROOT = "dev/bramble/runtime/js/";
    private static Runtime current;

    private final Options options;
    private final EventLoop loop = new EventLoop();
    private final HostImpl host;
    private final NodeResolver resolver = new NodeResolver();
    private final List<BuiltinModule> contributed = new ArrayList<>();
    private final Map<String, Object> bindings = new HashMap<>();
    private final ModuleFileSystem moduleFs;
    private final Path appRoot;
    // [0] pending nextTicks, [1] pending rejections: written by JS, read here without a call.
    private final ByteBuffer tickInfo = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
    private JsEngine engine;
    private Value hooks; // { processTicksAndRejections, fatalException, emitBeforeExit, emitExit }
    private Value processTicks;

    public Runtime(Options options, PermissionSet permissions) {
        this.options = options;
        this.host = new HostImpl(loop, permissions, options);
        for (BuiltinModule m : ServiceLoader.load(BuiltinModule.class)) contributed.add(m);
        this.moduleFs = new ModuleFileSystem(resolver, this::isBuiltin);
        Path entryDir = options.script() != null ? options.script().getParent() : host.cwd();
        Path scope = options.script() != null ? resolver.packageScope(options.script()) : null;
        this.appRoot = scope != null ? scope : entryDir;
        loop.setHooks(this);
        current = this;
    }

    public static Runtime current() {
        return current;
    }

    /** Runs the program to its end and returns the exit code. */
    public int run() throws InterruptedException {
        loop.execute(this::start);
        try {
            return loop.awaitExit();
        } finally {
            loop.shutdown();
        }
    }

    private void start() {
        Diagnostics.phase("loop");
        try {
            engine = new JsEngine(moduleFs);
        } catch (RuntimeException e) {
            // A bad engine option (e.g. from BRAMBLE_JAVA_OPTS) must end the process, not leave the loop waiting.
            System.err.println("bramble: cannot start the JavaScript engine: " + e.getMessage());
            exit(70);
            return;
        }
        Diagnostics.phase("engine");
        Value loader = engine.evalResource(JS_ROOT + "loader.js");
        Value main;
        try {
            main = loader.execute(binding("modules"), binding("process"));
        } catch (PolyglotException e) {
            System.err.println("bramble: bootstrap failed: " + e.getMessage());
            if (e.getGuestObject() != null) System.err.println(e.getGuestObject().getMember("stack"));
            exit(70);
            return;
        }
        Diagnostics.phase("bootstrap done");
        host.errors().setFactory(main.getMember("makeError"));
        String modeArg = switch (options.mode()) {
            case FILE -> options.script().toString();
            case EVAL, PRINT -> options.code();
            case REPL -> "";
        };
        loop.call(main.getMember("runMain"), options.mode().name(), modeArg, options.inputType());
        Diagnostics.phase("main module run");
    }

    // ---- the loop's hooks ----

    public void setProcessHooks(Value hooks) {
        this.hooks = hooks;
        this.processTicks = hooks.getMember("processTicksAndRejections");
        loop.setTrampoline(hooks.getMember("callbackTrampoline"));
    }

    public Object tickInfo() {
        return tickInfo;
    }

    @Override
    public void afterCallback() {
        // GraalJS drained the microtasks when the callback returned; Node then runs nextTicks and
        // microtasks again until both are empty, and reports unhandled rejections.
        while (processTicks != null && !loop.finished() && (tickInfo.getInt(0) > 0 || tickInfo.getInt(4) > 0)) {
            try {
                processTicks.executeVoid();
            } catch (PolyglotException e) {
                if (e.isExit()) throw e;
                uncaught(e);
            }
        }
    }

    @Override
    public void uncaught(PolyglotException e) {
        if (hooks == null || !e.isGuestException()) {
            System.err.println(e.isHostException() ? "bramble: internal error: " + e.asHostException() : e.getMessage());
            if (e.isHostException()) e.asHostException().printStackTrace();
            exit(e.isHostException() ? 70 : 1);
            return;
        }
        try {
            hooks.getMember("fatalException").executeVoid(e.getGuestObject());
        } catch (PolyglotException again) {
            // The uncaughtException handler threw: Node prints that error and exits with 7.
            System.err.println(again.getGuestObject() != null ? again.getGuestObject().getMember("stack") : again.getMessage());
            exit(7);
        }
    }

    @Override
    public void idle() {
        if (hooks == null) {
            exit(0);
            return;
        }
        loop.call(hooks.getMember("emitBeforeExit"));
        if (loop.refs() == 0) {
            // beforeExit scheduled nothing: the program is done.
            loop.execute(() -> {
                if (loop.refs() > 0 || loop.finished()) return;
                Value code = loop.callValue(hooks.getMember("emitExit"));
                exit(code == null ? 1 : code.asInt());
            });
        }
    }

    /** Ends the process now: release what modules hold, flush, exit. Never returns. */
    public void exit(int code) {
        Diagnostics.phase("exit");
        Diagnostics.threads();
        for (Runnable r : loop.exitHooks()) {
            try {
                r.run();
            } catch (RuntimeException e) {
                Logger.warn(e, "exit hook failed");
            }
        }
        loop.finish(code);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    // ---- what bindings ask of the runtime ----

    public Object binding(String name) {
        Object b = bindings.get(name);
        if (b != null) return b;
        var core = CoreBindings.ALL.get(name);
        if (core != null) {
            b = core.apply(host);
        } else {
            for (BuiltinModule m : contributed) {
                if (m.names().get(0).equals(name)) b = m.createBinding(host);
            }
        }
        if (b == null) throw host.errors().throwError("Error", "ERR_INVALID_ARG_VALUE", "No such binding: " + name);
        bindings.put(name, b);
        return b;
    }

    public boolean isBuiltin(String name) {
        String n = name.startsWith("node:") ? name.substring(5) : name;
        if (CoreModules.NAMES.contains(n)) return true;
        for (BuiltinModule m : contributed) {
            if (m.names().contains(name)) return true;
            if (m.npmFallbacks().contains(name)) return true;
        }
        return false;
    }

    public String[] contributed(String name) {
        for (BuiltinModule m : contributed) {
            if (m.names().contains(name) || m.npmFallbacks().contains(name)) {
                return new String[] {m.names().get(0), JsEngine.resource(m.script()), m.script()};
            }
        }
        return null;
    }

    public boolean isNpmFallback(String name) {
        for (BuiltinModule m : contributed) if (m.npmFallbacks().contains(name)) return true;
        return false;
    }

    public List<String> builtinNames() {
        TreeSet<String> names = new TreeSet<>(CoreModules.NAMES);
        for (BuiltinModule m : contributed) names.addAll(m.names());
        return new ArrayList<>(names);
    }

    public List<String> bootstrapFiles() {
        return CoreModules.BOOTSTRAP;
    }

    /** Module files that need no --allow-read: the program's own tree and any node_modules. */
    public boolean isProgramFile(Path p) {
        Path n = p.toAbsolutePath().normalize();
        return n.startsWith(appRoot) || n.toString().contains("/node_modules/");
    }

    public String[] argv() {
        List<String> a = new ArrayList<>();
        a.add(System.getProperty("bramble.launcher", "bramble"));
        if (options.script() != null) a.add(options.script().toString());
        a.addAll(options.args());
        return a.toArray(String[]::new);
    }

    public NodeResolver resolver() {
        return resolver;
    }

    public ModuleFileSystem moduleFileSystem() {
        return moduleFs;
    }

    public JsEngine engine() {
        return engine;
    }

    public HostImpl host() {
        return host;
    }

    public static String[] versions() {
        return new String[] {Version.BRAMBLE, Version.graal(), System.getProperty("java.runtime.version"),
            io.netty.util.Version.identify().getOrDefault("netty-common", null) == null ? "unknown"
                : io.netty.util.Version.identify().get("netty-common").artifactVersion()};
    }
}
