// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.fs;

import dev.bramble.runtime.spi.Loop;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * fs.watch over java.nio's WatchService (inotify on Linux). It watches directories only, so a watched
 * file is its directory filtered by name. One service and one thread serve every watcher; events go
 * to the loop as Node's ('rename' for create/delete, 'change' for writes and attribute changes).
 */
final class Watchers {

    private final Loop loop;
    private final Map<WatchKey, List<Watch>> byKey = new ConcurrentHashMap<>();
    private WatchService service;

    Watchers(Loop loop) {
        this.loop = loop;
    }

    /** One fs.watch() call: JS holds it as the FSWatcher's handle. */
    public final class Watch {
        private final Path root;
        private final String fileName;
        private final boolean recursive;
        private final Value listener;
        private final Loop.Handle handle;
        private final Set<WatchKey> keys = ConcurrentHashMap.newKeySet();
        private volatile boolean closed;

        Watch(Path root, String fileName, boolean recursive, Value listener) {
            this.root = root;
            this.fileName = fileName;
            this.recursive = recursive;
            this.listener = listener;
            this.handle = loop.handle("fs.watch");
        }

        @HostAccess.Export
        public void close() {
            if (closed) return;
            closed = true;
            handle.close();
            for (WatchKey k : keys) {
                List<Watch> ws = byKey.get(k);
                if (ws == null) continue;
                ws.remove(this);
                if (ws.isEmpty()) {
                    byKey.remove(k);
                    k.cancel();
                }
            }
        }

        @HostAccess.Export
        public void ref() {
            if (!closed) handle.ref();
        }

        @HostAccess.Export
        public void unref() {
            handle.unref();
        }

        void event(Path dir, String kind, Path name) {
            if (closed) return;
            String filename;
            if (fileName != null) {
                if (!name.toString().equals(fileName)) return;
                filename = fileName;
            } else {
                filename = root.relativize(dir.resolve(name)).toString();
            }
            loop.execute(() -> {
                if (!closed) loop.call(listener, kind, filename);
            });
        }
    }

    synchronized Watch watch(Path p, boolean recursive, Value listener, String path) throws UvException {
        if (!Files.exists(p)) throw UvException.of("ENOENT", "watch", path);
        try {
            if (service == null) {
                service = FileSystems.getDefault().newWatchService();
                Thread.ofPlatform().daemon().name("bramble-fs-watch").start(this::run);
            }
            boolean dir = Files.isDirectory(p);
            Path root = dir ? p : p.toAbsolutePath().getParent();
            Watch w = new Watch(root, dir ? null : p.getFileName().toString(), recursive && dir, listener);
            register(w, root);
            if (w.recursive) {
                try (Stream<Path> s = Files.walk(root)) {
                    for (Path d : (Iterable<Path>) s.filter(q -> Files.isDirectory(q, LinkOption.NOFOLLOW_LINKS))::iterator) {
                        if (!d.equals(root)) register(w, d);
                    }
                }
            }
            return w;
        } catch (IOException e) {
            throw UvException.from(e, "watch", path);
        }
    }

    private void register(Watch w, Path dir) throws IOException {
        WatchKey k = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        byKey.computeIfAbsent(k, x -> new CopyOnWriteArrayList<>()).add(w);
        w.keys.add(k);
    }

    private void run() {
        while (true) {
            WatchKey k;
            try {
                k = service.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path dir = (Path) k.watchable();
            for (WatchEvent<?> e : k.pollEvents()) {
                if (e.kind() == StandardWatchEventKinds.OVERFLOW) continue;
                Path name = (Path) e.context();
                String kind = e.kind() == StandardWatchEventKinds.ENTRY_MODIFY ? "change" : "rename";
                List<Watch> ws = byKey.get(k);
                if (ws == null) continue;
                for (Watch w : ws) {
                    if (w.recursive && e.kind() == StandardWatchEventKinds.ENTRY_CREATE
                            && Files.isDirectory(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                        try {
                            register(w, dir.resolve(name));
                        } catch (IOException ignored) {
                            // gone again already
                        }
                    }
                    w.event(dir, kind, name);
                }
            }
            if (!k.reset()) byKey.remove(k);
        }
    }

    void closeAll() {
        try {
            if (service != null) service.close();
        } catch (IOException ignored) {
            // exiting
        }
    }
}
