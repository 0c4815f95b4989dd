// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.modules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Node's module resolution, once, for both loaders: CommonJS ({@code require}: extension and
 * directory lookup, conditions require/node/default) and ESM ({@code import}: exact paths,
 * conditions import/node/default). Package {@code exports} (with subpath patterns) wins over {@code main}.
 */
public final class NodeResolver {

    /** Thrown when nothing matches; the loaders turn it into MODULE_NOT_FOUND / ERR_MODULE_NOT_FOUND. */
    public static class NotFound extends Exception {
        public NotFound(String message) {
            super(message, null, false, false);
        }
    }

    /** The package has "exports" and this subpath is not among them. */
    public static final class NotExported extends NotFound {
        private final String subpath;
        private final Path packageJson;

        public NotExported(String subpath, Path packageJson) {
            super("Package subpath '" + subpath + "' is not defined by \"exports\" in " + packageJson);
            this.subpath = subpath;
            this.packageJson = packageJson;
        }

        public String subpath() {
            return subpath;
        }

        public Path packageJson() {
            return packageJson;
        }
    }

    public static final List<String> CJS_EXTENSIONS = List.of(".js", ".json", ".node");
    /** Made on the first package.json read: a program without one never loads Jackson. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Map<Path, JsonNode> packageJsonCache = new ConcurrentHashMap<>();

    /** Resolves {@code request} from the directory of the requiring file. Builtins are the caller's business. */
    public Path resolve(String request, Path fromDir, boolean esm) throws NotFound {
        if (request.startsWith("/") || request.startsWith("./") || request.startsWith("../")
                || request.equals(".") || request.equals("..")) {
            Path p = fromDir.resolve(request).normalize();
            Path r = esm ? (isFile(p) ? p : null) : loadAsFileOrDirectory(p);
            if (r == null) throw new NotFound(request);
            return r;
        }
        return resolvePackage(request, fromDir, esm);
    }

    private Path resolvePackage(String request, Path fromDir, boolean esm) throws NotFound {
        String name;
        String subpath;
        int slash = request.indexOf('/');
        if (request.startsWith("@")) {
            if (slash < 0) throw new NotFound(request);
            int second = request.indexOf('/', slash + 1);
            name = second < 0 ? request : request.substring(0, second);
            subpath = second < 0 ? "" : request.substring(second);
        } else {
            name = slash < 0 ? request : request.substring(0, slash);
            subpath = slash < 0 ? "" : request.substring(slash);
        }
        // "module-sync" only for import: require() of an ES module is not supported, so a require()
        // must take the package's CommonJS entry (as Node 20 before require(esm) did).
        Set<String> conditions = esm ? Set.of("import", "node", "default", "module-sync")
                : Set.of("require", "node", "default");
        for (Path dir = fromDir; dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("node_modules")) continue;
            Path pkgDir = dir.resolve("node_modules").resolve(name);
            if (!Files.isDirectory(pkgDir)) continue;
            JsonNode pkg = packageJson(pkgDir);
            if (pkg != null && pkg.has("exports") && !pkg.get("exports").isNull()) {
                Path r = resolveExports(pkgDir, pkg.get("exports"), "." + subpath, conditions);
                if (r == null) throw new NotExported("." + subpath, pkgDir.resolve("package.json"));
                return r;
            }
            Path target = pkgDir.resolve(subpath.isEmpty() ? "." : subpath.substring(1)).normalize();
            Path r = loadAsFileOrDirectory(target);
            if (r != null) return r;
        }
        throw new NotFound(request);
    }

    /** The package part of a bare specifier: {@code lodash} of {@code lodash/fp}, {@code @s/p} of {@code @s/p/x}. */
    public static String packageName(String specifier) {
        int slash = specifier.indexOf('/');
        if (specifier.startsWith("@") && slash >= 0) slash = specifier.indexOf('/', slash + 1);
        return slash < 0 ? specifier : specifier.substring(0, slash);
    }

    /** The program entry: exact, with an extension, or a directory's main/index; null if none. */
    public Path resolve(Path entry) {
        if (isFile(entry)) return entry;
        for (String ext : List.of(".js", ".mjs", ".cjs")) {
            Path q = entry.resolveSibling(entry.getFileName() + ext);
            if (isFile(q)) return q;
        }
        return loadAsFileOrDirectory(entry);
    }

    /** LOAD_AS_FILE then LOAD_AS_DIRECTORY (package.json main, then index.*). */
    Path loadAsFileOrDirectory(Path p) {
        if (isFile(p)) return p;
        for (String ext : CJS_EXTENSIONS) {
            Path q = p.resolveSibling(p.getFileName() + ext);
            if (isFile(q)) return q;
        }
        if (Files.isDirectory(p)) {
            JsonNode pkg = packageJson(p);
            if (pkg != null && pkg.path("main").isTextual()) {
                Path main = p.resolve(pkg.get("main").asText()).normalize();
                if (isFile(main)) return main;
                for (String ext : CJS_EXTENSIONS) {
                    Path q = main.resolveSibling(main.getFileName() + ext);
                    if (isFile(q)) return q;
                }
                for (String ext : CJS_EXTENSIONS) {
                    Path q = main.resolve("index" + ext);
                    if (isFile(q)) return q;
                }
            }
            for (String ext : CJS_EXTENSIONS) {
                Path q = p.resolve("index" + ext);
                if (isFile(q)) return q;
            }
        }
        return null;
    }

    private Path resolveExports(Path pkgDir, JsonNode exports, String subpath, Set<String> conditions) {
        JsonNode map = exports;
        // "exports": "./x.js" or ["./x.js"] or {"import": ..., "require": ...} means {".": ...}.
        if (exports.isTextual() || exports.isArray() || (exports.isObject() && !keysStartWithDot(exports))) {
            if (!subpath.equals(".")) return null;
            return target(pkgDir, exports, "", conditions);
        }
        if (map.has(subpath) && !subpath.contains("*")) return target(pkgDir, map.get(subpath), "", conditions);
        // Subpath patterns: "./features/*": "./src/features/*.js"; the longest prefix wins.
        String best = null;
        for (Iterator<String> it = map.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            int star = key.indexOf('*');
            if (star < 0) continue;
            String prefix = key.substring(0, star);
            String suffix = key.substring(star + 1);
            if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length() >= key.length() - 1
                    && (best == null || prefix.length() > best.indexOf('*'))) {
                best = key;
            }
        }
        if (best == null) return null;
        int star = best.indexOf('*');
        String match = subpath.substring(star, subpath.length() - (best.length() - star - 1));
        return target(pkgDir, map.get(best), match, conditions);
    }

    private Path target(Path pkgDir, JsonNode t, String patternMatch, Set<String> conditions) {
        if (t == null || t.isNull()) return null;
        if (t.isTextual()) {
            String s = t.asText().replace("*", patternMatch);
            if (!s.startsWith("./")) return null;
            Path p = pkgDir.resolve(s.substring(2)).normalize();
            return isFile(p) ? p : null;
        }
        if (t.isArray()) {
            for (JsonNode alt : t) {
                Path p = target(pkgDir, alt, patternMatch, conditions);
                if (p != null) return p;
            }
            return null;
        }
        if (t.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (conditions.contains(e.getKey())) {
                    Path p = target(pkgDir, e.getValue(), patternMatch, conditions);
                    if (p != null) return p;
                }
            }
        }
        return null;
    }

    private static boolean keysStartWithDot(JsonNode obj) {
        Iterator<String> it = obj.fieldNames();
        return it.hasNext() && it.next().startsWith(".");
    }

    /** The package.json of a directory, parsed once; null if absent or unreadable. */
    public JsonNode packageJson(Path dir) {
        return packageJsonCache.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> {
            Path f = d.resolve("package.json");
            if (!isFile(f)) return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            try {
                return Json.MAPPER.readTree(f.toFile());
            } catch (IOException e) {
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
        }).isMissingNode() ? null : packageJsonCache.get(dir.toAbsolutePath().normalize());
    }

    /** The nearest package.json's "type" governs .js files: true when it says "module". */
    public boolean isEsm(Path file) {
        String n = file.getFileName().toString();
        if (n.endsWith(".mjs")) return true;
        if (n.endsWith(".cjs") || n.endsWith(".json") || n.endsWith(".node")) return false;
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            JsonNode pkg = packageJson(dir);
            if (pkg != null) return "module".equals(pkg.path("type").asText());
        }
        return false;
    }

    /** The directory of the nearest package.json above the file, or null. */
    public Path packageScope(Path file) {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            if (packageJson(dir) != null) return dir;
        }
        return null;
    }

    static boolean isFile(Path p) {
        return Files.isRegularFile(p);
    }
}
