// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.modules;

import dev.bramble.runtime.HostImpl;
import dev.bramble.runtime.Runtime;
import dev.bramble.runtime.engine.JsEngine;
import dev.bramble.runtime.modules.NodeResolver;
import dev.bramble.runtime.spi.Host;
import dev.bramble.runtime.spi.Permissions.Kind;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** The module loaders' ops: core sources, resolution, reading and compiling user modules. */
public final class ModulesBinding {

    private final HostImpl host;
    private final Runtime rt;

    public ModulesBinding(Host host) {
        this.host = (HostImpl) host;
        this.rt = Runtime.current();
    }

    /** Source of a core module file ({@code lib/<name>.js}) or a bootstrap file, or null. */
    @HostAccess.Export
    public String internalSource(String name) {
        return JsEngine.resource(Runtime.JS_ROOT + name + ".js");
    }

    /**
     * Source of a file of a vendored npm package, or null: {@code pkg} is a WebJar on the classpath
     * ({@code org.webjars.npm:<pkg>}), {@code path} a file inside the package.
     */
    @HostAccess.Export
    public String vendorSource(String pkg, String path) {
        String root = Vendor.root(pkg);
        return root == null ? null : JsEngine.resource(root + path);
    }

    /** Names of bootstrap files, in load order. */
    @HostAccess.Export
    public String[] bootstrapFiles() {
        return rt.bootstrapFiles().toArray(String[]::new);
    }

    /** Public core module names (Node's and the contributed ones). */
    @HostAccess.Export
    public String[] builtinNames() {
        return rt.builtinNames().toArray(String[]::new);
    }

    /** For a contributed built-in: [canonical name, script source], or null if no module answers to the name. */
    @HostAccess.Export
    public String[] contributed(String name) {
        return rt.contributed(name);
    }

    /** Whether {@code name} is an npm stand-in (onoff, serialport, mqtt) rather than a core name. */
    @HostAccess.Export
    public boolean isNpmFallback(String name) {
        return rt.isNpmFallback(name);
    }

    @HostAccess.Export
    public Object internalBinding(String name) {
        return rt.binding(name);
    }

    /** Node's resolution from a directory; null when nothing matches. */
    @HostAccess.Export
    public String resolve(String request, String fromDir, boolean esm) {
        try {
            return rt.resolver().resolve(request, Path.of(fromDir), esm).toString();
        } catch (NodeResolver.NotExported e) {
            throw host.errors().throwError("Error", "ERR_PACKAGE_PATH_NOT_EXPORTED", e.getMessage());
        } catch (NodeResolver.NotFound e) {
            return null;
        }
    }

    @HostAccess.Export
    public boolean isEsm(String path) {
        return rt.resolver().isEsm(Path.of(path));
    }

    /** 0 file, 1 directory, -1 nothing there. */
    @HostAccess.Export
    public int stat(String path) {
        Path p = Path.of(path);
        return Files.isRegularFile(p) ? 0 : Files.isDirectory(p) ? 1 : -1;
    }

    @HostAccess.Export
    public String realpath(String path) {
        try {
            return Path.of(path).toRealPath().toString();
        } catch (IOException e) {
            return path;
        }
    }

    /** Reads a module's source. The program's own files and node_modules need no --allow-read. */
    @HostAccess.Export
    public String readSource(String path) {
        Path p = Path.of(path);
        if (!rt.isProgramFile(p)) host.permissions().check(Kind.READ, path, "require()");
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw host.errors().throwIo(e, "open", path);
        }
    }

    /**
     * Compiles CommonJS source as a function of the given parameters. The Source keeps the file's
     * path, so stack traces name the file and dynamic import() resolves relative to it.
     */
    @HostAccess.Export
    public Value compileFunction(String code, String filename, String params) {
        String wrapped = "(function (" + params + ") {" + code + "\n})";
        Source src = filename.startsWith("/")
                ? Source.newBuilder(JsEngine.LANG, new File(filename)).content(wrapped).cached(false).buildLiteral()
                : Source.newBuilder(JsEngine.LANG, wrapped, filename).buildLiteral();
        return rt.engine().eval(src);
    }

    /** Evaluates an ES module file; returns its namespace (or a promise for top-level await). */
    @HostAccess.Export
    public Value evalModuleFile(String path) {
        try {
            Source src = Source.newBuilder(JsEngine.LANG, new File(path)).mimeType("application/javascript+module").build();
            return rt.engine().eval(src);
        } catch (IOException e) {
            throw host.errors().throwIo(e, "open", path);
        }
    }

    /** Evaluates ES module source given as text (-e with --input-type=module), resolving imports from cwd. */
    @HostAccess.Export
    public Value evalModuleSource(String code, String name) {
        Source src = Source.newBuilder(JsEngine.LANG, new File(host.cwd().toFile(), name)).content(code)
                .mimeType("application/javascript+module").cached(false).buildLiteral();
        return rt.engine().eval(src);
    }

    /** Evaluates a classic script in the global scope and returns its completion value (-e, -p, REPL). */
    @HostAccess.Export
    public Value evalScript(String code, String name) {
        return rt.engine().eval(Source.newBuilder(JsEngine.LANG, code, name).cached(false).buildLiteral());
    }

    /** {@code (kind, nameOrPath) => source}: generated ESM wrappers for builtins and CommonJS files. */
    @HostAccess.Export
    public void setEsmWrapperSource(Value fn) {
        rt.moduleFileSystem().setWrapperSource((kind, name) -> fn.execute(kind, name).asString());
    }
}
