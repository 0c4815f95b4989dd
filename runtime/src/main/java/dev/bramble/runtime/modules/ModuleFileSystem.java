// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.modules;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The file system GraalJS sees when it loads ES modules. GraalJS resolves an import by joining the
 * specifier to the importing file's directory and asking for the real path; this class turns that
 * into Node's rules: {@code node:x}/{@code bramble:x}/bare builtins become generated wrapper modules,
 * bare package names go through {@link NodeResolver}, and CommonJS files imported from ESM become a
 * wrapper that {@code require}s them. Everything else is the real (read-only) file system.
 */
public final class ModuleFileSystem implements FileSystem {

    static final String ROOT = "/__bramble__";
    private static final String BUILTIN = ROOT + "/builtin/";
    private static final String CJS = ROOT + "/cjs";
    private static final String FAILED = ROOT + "/failed/";
    private static final String BARE = "__bramble_bare__";

    private final FileSystem delegate = FileSystem.newReadOnlyFileSystem(FileSystem.newDefaultFileSystem());
    private final NodeResolver resolver;
    private final Predicate<String> isBuiltin;
    /** (kind, name-or-path) -> module source; kind is "builtin" or "cjs". Set by the loader once JS is up. */
    private volatile BiFunction<String, String, String> wrapperSource;

    public ModuleFileSystem(NodeResolver resolver, Predicate<String> isBuiltin) {
        this.resolver = resolver;
        this.isBuiltin = isBuiltin;
    }

    public void setWrapperSource(BiFunction<String, String, String> wrapperSource) {
        this.wrapperSource = wrapperSource;
    }

    @Override
    public Path parsePath(URI uri) {
        String scheme = uri.getScheme();
        if ("file".equals(scheme)) return Path.of(uri);
        if ("node".equals(scheme) || "bramble".equals(scheme)) return Path.of(BUILTIN + uri.toString());
        throw new UnsupportedOperationException("Only file:, node: and bramble: URLs can be imported: " + uri);
    }

    /**
     * GraalJS resolves {@code import x from 'spec'} by parsing the importer's path and then, for a
     * bare specifier, parsing the specifier alone (DefaultESModuleLoader in GraalJS 25). So the last
     * absolute path parsed is the importer, and a bare specifier becomes
     * {@code <importer dir>/__bramble_bare__/<spec>}, which {@link #toRealPath} resolves with Node's
     * rules from that directory. Relative specifiers never come here: GraalJS joins them itself.
     * Module loading happens on the loop thread only, so plain fields are enough.
     */
    private Path lastAbsolute;
    private final Map<Path, Path> bareImporters = new HashMap<>();
    /** Failed resolutions, each served as a module that throws Node's error (see esm.js). */
    private final List<String> failures = new ArrayList<>();

    @Override
    public Path parsePath(String path) {
        if (isBare(path)) {
            // No importer path (code from -e or the REPL): Node resolves from the working directory.
            Path importer = lastAbsolute;
            Path dir = importer != null ? importer.getParent() : delegate.toAbsolutePath(Path.of(""));
            lastAbsolute = null;
            Path p = dir.resolve(BARE).resolve(path);
            bareImporters.put(p, importer != null ? importer : dir);
            return p;
        }
        Path p = Path.of(path);
        if (p.isAbsolute()) lastAbsolute = p;
        return p;
    }

    private static boolean isBare(String s) {
        return !s.isEmpty() && !s.startsWith("/") && !s.startsWith("./") && !s.startsWith("../")
                && !s.equals(".") && !s.equals("..") && !s.startsWith(BARE) && !s.startsWith(ROOT);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... options) throws IOException {
        String s = path.toString();
        if (s.startsWith(BUILTIN) && !isBuiltin.test(s.substring(BUILTIN.length()))) {
            return failure("ERR_UNKNOWN_BUILTIN_MODULE", s.substring(BUILTIN.length()));
        }
        if (s.startsWith(ROOT + "/")) return path;
        int bare = s.indexOf("/" + BARE + "/");
        if (bare >= 0) {
            Path fromDir = Path.of(s.substring(0, bare));
            String specifier = s.substring(bare + BARE.length() + 2);
            if (isBuiltin.test(specifier)) return Path.of(BUILTIN + specifier);
            String importer = String.valueOf(bareImporters.getOrDefault(path, fromDir));
            try {
                return wrapIfCommonJs(resolver.resolve(specifier, fromDir, true).toRealPath());
            } catch (NodeResolver.NotExported e) {
                return failure("ERR_PACKAGE_PATH_NOT_EXPORTED", e.packageJson().getParent() + "/", e.subpath(), importer);
            } catch (NodeResolver.NotFound e) {
                return failure("ERR_MODULE_NOT_FOUND", NodeResolver.packageName(specifier), importer, "package");
            }
        }
        try {
            return wrapIfCommonJs(delegate.toRealPath(path, options));
        } catch (NoSuchFileException e) {
            return failure("ERR_MODULE_NOT_FOUND", s, String.valueOf(lastAbsolute), "module");
        }
    }

    /** A module that throws {@code code} with these arguments when it is evaluated. */
    private Path failure(String code, String... args) {
        StringBuilder json = new StringBuilder("[").append(quote(code));
        for (String a : args) json.append(',').append(quote(a));
        failures.add(json.append(']').toString());
        return Path.of(FAILED + (failures.size() - 1));
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    /**
     * Generated modules, and paths not yet resolved: they all "exist" so that GraalJS asks
     * {@link #toRealPath}, which maps a missing file or package to a module throwing Node's error
     * (GraalJS's own error would have no {@code code}).
     */
    private static boolean isVirtual(Path path) {
        String s = path.toString();
        return s.startsWith(ROOT + "/") || s.contains("/" + BARE + "/");
    }

    private Path wrapIfCommonJs(Path real) {
        return resolver.isEsm(real) ? real : Path.of(CJS + real);
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return path.isAbsolute() ? path : delegate.toAbsolutePath(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        if (isVirtual(path)) return;
        try {
            delegate.checkAccess(path, modes, linkOptions);
        } catch (NoSuchFileException e) {
            // Reported by toRealPath, as the module that throws ERR_MODULE_NOT_FOUND.
        }
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        String s = path.toString();
        if (s.startsWith(BUILTIN)) return text(wrapperSource.apply("builtin", s.substring(BUILTIN.length())));
        if (s.startsWith(CJS + "/")) return text(wrapperSource.apply("cjs", s.substring(CJS.length())));
        if (s.startsWith(FAILED)) return text(wrapperSource.apply("failed", failures.get(Integer.parseInt(s.substring(FAILED.length())))));
        return delegate.newByteChannel(path, options, attrs);
    }

    private static SeekableByteChannel text(String source) {
        return new ReadOnlyChannel(ByteBuffer.wrap(source.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        if (isVirtual(path)) {
            return Map.of("isRegularFile", true, "isDirectory", false, "isSymbolicLink", false, "isOther", false,
                    "size", 0L);
        }
        return delegate.readAttributes(path, attributes, options);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        delegate.createDirectory(dir, attrs);
    }

    @Override
    public void delete(Path path) throws IOException {
        delegate.delete(path);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
        return delegate.newDirectoryStream(dir, filter);
    }

    /** A channel over generated module text. */
    private static final class ReadOnlyChannel implements SeekableByteChannel {
        private final ByteBuffer data;
        private boolean open = true;

        ReadOnlyChannel(ByteBuffer data) {
            this.data = data;
        }

        @Override
        public int read(ByteBuffer dst) {
            if (!data.hasRemaining()) return -1;
            int n = Math.min(dst.remaining(), data.remaining());
            ByteBuffer slice = data.slice(data.position(), n);
            dst.put(slice);
            data.position(data.position() + n);
            return n;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long position() {
            return data.position();
        }

        @Override
        public SeekableByteChannel position(long p) {
            data.position((int) p);
            return this;
        }

        @Override
        public long size() {
            return data.limit();
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
