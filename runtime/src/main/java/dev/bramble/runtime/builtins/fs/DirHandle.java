// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.fs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/** An fs.Dir: entries in the order the OS lists them (unsorted, as uv_fs_readdir), a batch per read. */
public final class DirHandle {

    private final DirectoryStream<Path> stream;
    private final Iterator<Path> entries;
    private final Path dir;
    private final FsBinding binding;

    private DirHandle(Path dir, DirectoryStream<Path> stream, FsBinding binding) {
        this.dir = dir;
        this.stream = stream;
        this.entries = stream.iterator();
        this.binding = binding;
    }

    static DirHandle open(Path dir, FsBinding binding, String path) throws UvException {
        try {
            return new DirHandle(dir, Files.newDirectoryStream(dir), binding);
        } catch (IOException e) {
            throw UvException.from(e, "opendir", path);
        }
    }

    /** Up to count entries as [names, types], or null at the end. */
    @HostAccess.Export
    public Object read(int count, Value req) {
        return binding.run(req, "scandir", () -> {
            List<String> names = new ArrayList<>();
            try {
                synchronized (this) {
                    while (names.size() < count && entries.hasNext()) names.add(entries.next().getFileName().toString());
                }
            } catch (RuntimeException e) {
                throw UvException.from(e.getCause() != null ? e.getCause() : e, "scandir", null);
            }
            if (names.isEmpty()) return null;
            int[] types = new int[names.size()];
            for (int i = 0; i < types.length; i++) types[i] = PathOps.direntType(dir.resolve(names.get(i)));
            return new Object[] {names.toArray(String[]::new), types};
        });
    }

    @HostAccess.Export
    public Object close(Value req) {
        return binding.run(req, "closedir", () -> {
            try {
                stream.close();
            } catch (IOException e) {
                throw UvException.from(e, "closedir", null);
            }
            return null;
        });
    }
}
