// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Node's core module names, and the bootstrap files found beside the runtime's JS. */
public final class CoreModules {

    private CoreModules() {}

    /**
     * Every name Node 20 treats as core. A name whose lib/ file Bramble does not have yet is still
     * core (a package cannot shadow it) and require() says plainly that Bramble lacks it.
     */
    public static final Set<String> NAMES = Set.of(
            "_http_agent", "_http_client", "_http_common", "_http_incoming", "_http_outgoing", "_http_server",
            "_stream_duplex", "_stream_passthrough", "_stream_readable", "_stream_transform", "_stream_wrap",
            "_stream_writable", "_tls_common", "_tls_wrap", "inspector/promises",
            "assert", "assert/strict", "async_hooks", "buffer", "child_process", "cluster", "console",
            "constants", "crypto", "dgram", "diagnostics_channel", "dns", "dns/promises", "domain", "events",
            "fs", "fs/promises", "http", "http2", "https", "inspector", "module", "net", "os", "path",
            "path/posix", "path/win32", "perf_hooks", "process", "punycode", "querystring", "readline",
            "readline/promises", "repl", "stream", "stream/consumers", "stream/promises", "stream/web",
            "string_decoder", "sys", "timers", "timers/promises", "tls", "trace_events", "tty", "url", "util",
            "util/types", "v8", "vm", "wasi", "worker_threads", "zlib");

    /** bootstrap/NN_name.js files, sorted by name (the number is the load order). */
    public static final List<String> BOOTSTRAP = scan(Runtime.JS_ROOT + "bootstrap");

    private static List<String> scan(String dir) {
        List<String> out = new ArrayList<>();
        try {
            URL url = CoreModules.class.getClassLoader().getResource(dir);
            if (url == null) return out;
            if ("jar".equals(url.getProtocol())) {
                var jar = ((JarURLConnection) url.openConnection()).getJarFile();
                jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(dir + "/") && n.endsWith(".js"))
                        .forEach(n -> out.add(n.substring(dir.length() + 1, n.length() - 3)));
            } else {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".js"))
                            .forEach(n -> out.add(n.substring(0, n.length() - 3)));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list " + dir, e);
        }
        Collections.sort(out);
        return out.stream().map(n -> "bootstrap/" + n).toList();
    }
}
