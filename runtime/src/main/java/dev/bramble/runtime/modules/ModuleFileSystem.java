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

    @Override
    public Path parsePath(String path) {
        if (isBare(path)) return Path.of(BARE, path);
        return Path.of(path);
    }

    private static boolean isBare(String s) {
        return !s.isEmpty() && !s.startsWith("/") && !s.startsWith("./") && !s.startsWith("../")
                && !s.equals(".") && !s.equals("..") && !s.startsWith(BARE);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... options) throws IOException {
        String s = path.toString();
        if (s.startsWith(ROOT + "/")) return path;
        int bare = s.indexOf("/" + BARE + "/");
        if (bare >= 0) {
            Path fromDir = Path.of(s.substring(0, bare));
            String specifier = s.substring(bare + BARE.length() + 2);
            if (isBuiltin.test(specifier)) return Path.of(BUILTIN + specifier);
            try {
                return wrapIfCommonJs(resolver.resolve(specifier, fromDir, true).toRealPath());
            } catch (NodeResolver.NotFound e) {
                throw new NoSuchFileException(specifier, null,
                        "Cannot find package '" + specifier + "' imported from " + fromDir);
            }
        }
        return wrapIfCommonJs(delegate.toRealPath(path, options));
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
        if (path.toString().startsWith(ROOT + "/")) return;
        delegate.checkAccess(path, modes, linkOptions);
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        String s = path.toString();
        if (s.startsWith(BUILTIN)) return text(wrapperSource.apply("builtin", s.substring(BUILTIN.length())));
        if (s.startsWith(CJS + "/")) return text(wrapperSource.apply("cjs", s.substring(CJS.length())));
        return delegate.newByteChannel(path, options, attrs);
    }

    private static SeekableByteChannel text(String source) {
        return new ReadOnlyChannel(ByteBuffer.wrap(source.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        if (path.toString().startsWith(ROOT + "/")) {
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
