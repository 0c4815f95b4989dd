// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.FileSystem;
import org.graalvm.polyglot.io.IOAccess;

/** Builds the one GraalJS context a runtime has, locked down so user code never reaches Java. */
public final class JsEngine implements AutoCloseable {

    public static final String LANG = "js";
    private final Engine engine;
    private final Context context;

    /** Runtime.maxMemory() below this (an -Xmx under about 248m: it leaves out a survivor space). */
    private static final long SMALL_HEAP = 240L << 20;

    public JsEngine(FileSystem moduleFs) {
        Engine.Builder builder = Engine.newBuilder(LANG)
                // Say so loudly if the optimizing runtime is missing, instead of running 100x slower.
                .option("engine.WarnInterpreterOnly", "true")
                // Lets BRAMBLE_JAVA_OPTS pass Truffle's experimental tuning and tracing options
                // (-Dpolyglot.engine.TraceCompilation=true, ...) without a rebuild.
                .allowExperimentalOptions(true);
        // A mode given as -Dpolyglot.engine.Mode reaches the engine by itself.
        if (System.getProperty(MODE_PROPERTY) == null) builder.option("engine.Mode", engineMode());
        engine = builder.build();
        context = Context.newBuilder(LANG)
                .engine(engine)
                // Only methods annotated @HostAccess.Export are callable: bindings, never arbitrary Java.
                // Buffer access lets JS wrap a Java ByteBuffer as an ArrayBuffer without copying; array and
                // list access let ops return plain Java arrays and lists (data only, no methods).
                .allowHostAccess(HostAccess.newBuilder(HostAccess.EXPLICIT).allowBufferAccess(true)
                        .allowArrayAccess(true).allowListAccess(true).allowIterableAccess(true).build())
                // No Java.type(), no Polyglot.eval(), no threads, no JNI, no processes from JS itself:
                // child_process goes through its binding, which checks --allow-run.
                .allowHostClassLookup(name -> false)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowCreateThread(false)
                .allowNativeAccess(false)
                .allowCreateProcess(false)
                // The real environment is reached through process.env's binding (checked by --allow-env).
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                // The module file system resolves import specifiers the way Node does (node:, bare, CJS).
                .allowIO(IOAccess.newBuilder().fileSystem(moduleFs).build())
                .allowExperimentalOptions(true)
                .option("js.ecmascript-version", "latest")
                // Error.captureStackTrace / stackTraceLimit, which npm packages expect of V8.
                .option("js.v8-compat", "true")
                // Node's globals only: GraalJS's own print/load/console/performance would shadow ours.
                .option("js.print", "false")
                // No Packages/java/javax globals (host package lookup); Java itself goes in 90_lockdown.js.
                .option("js.java-package-globals", "false")
                .option("js.load", "false")
                .option("js.console", "false")
                .option("js.performance", "false")
                // The Graal builtin exposes setUnhandledPromiseRejectionHandler; bootstrap takes it and deletes the global.
                .option("js.graal-builtin", "true")
                .option("js.unhandled-rejections", "handler")
                .option("js.esm-eval-returns-exports", "true")
                .option("js.intl-402", "true")
                .option("js.top-level-await", "true")
                .build();
        context.enter();
    }

    public Context context() {
        return context;
    }

    public Value eval(Source source) {
        return context.eval(source);
    }

    /** Evaluates a runtime script shipped as a classpath resource. */
    public Value evalResource(String resource) {
        return context.eval(Source.newBuilder(LANG, resource(resource), "bramble:" + resource).buildLiteral());
    }

    public static String resource(String path) {
        try (InputStream in = JsEngine.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) return null;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    private static final String MODE_PROPERTY = "polyglot.engine.Mode";

    /**
     * Truffle's compilation mode: the one BRAMBLE_JAVA_OPTS names, else latency for a small heap and
     * default otherwise. The Graal compiler runs as Java and its graphs share the heap: an HTTP server
     * under load with a 104 MB heap (a 512 MB board's) ran 111 full collections in 80 s in the default
     * mode and 5 in latency mode (no inlining or splitting, so smaller compilations), which also served
     * more requests with 27% less CPU and warmed up twice as fast, for ~35% slower tight JS loops.
     * Decided from the heap the JVM really has, however it was set (BRAMBLE_MAX_HEAP or an -Xmx).
     */
    public static String engineMode() {
        String chosen = System.getProperty(MODE_PROPERTY);
        if (chosen != null) return chosen;
        return Runtime.getRuntime().maxMemory() < SMALL_HEAP ? "latency" : "default";
    }

    /** Whether Truffle compiles to machine code here (false means interpreter-only fallback). */
    public static boolean jitActive() {
        try {
            Class<?> truffle = Class.forName("com.oracle.truffle.api.Truffle");
            Object rt = truffle.getMethod("getRuntime").invoke(null);
            String name = (String) rt.getClass().getMethod("getName").invoke(rt);
            return !name.toLowerCase().contains("interpreted") && !name.toLowerCase().contains("default");
        } catch (ReflectiveOperationException | LinkageError e) {
            return false;
        }
    }

    public String implementation() {
        return engine.getImplementationName() + " " + engine.getVersion();
    }

    @Override
    public void close() {
        try {
            context.leave();
        } catch (IllegalStateException ignored) {
            // already left
        }
        context.close(true);
        engine.close();
    }
}
