// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bramble.runtime.engine.JsEngine;
import dev.bramble.runtime.testing.JsSuite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped launcher: the optimizing JIT is on, the CLI behaves like node's. */
class LauncherTest {

    private static JsSuite.Result bramble(String... args) throws Exception {
        return bramble(Map.of(), args);
    }

    private static JsSuite.Result bramble(Map<String, String> env, String... args) throws Exception {
        return JsSuite.Launcher.run(Path.of("").toAbsolutePath(), List.of(args), null, env, 60);
    }

    private static Path home() {
        return Path.of(System.getenv("BRAMBLE_HOME"));
    }

    /**
     * The build prepares the staged home (bramble-prepare: runtime image + AOT cache) whenever the JDK
     * running it has jlink, and then the launcher must start from that cache.
     */
    @Test
    void preparedHomeStartsFromTheAotCache() throws Exception {
        boolean jlink = Files.isExecutable(Path.of(System.getProperty("java.home"), "bin", "jlink"));
        JsSuite.Result r = bramble("--version");
        assertTrue(r.stdout().contains("jit: on"), r.stdout());
        if (jlink && !Boolean.getBoolean("bramble.prepare.skip")) {
            assertTrue(r.stdout().contains("startup: AOT cache (" + home().resolve("jvm")), r.stdout() + r.stderr());
        } else {
            assertTrue(r.stdout().contains("startup: the JDK itself"), r.stdout());
        }
    }

    /** An image linked from another JDK (say, before a JDK update) is not used; the JDK itself is, JIT on. */
    @Test
    void imageOfAnotherJdkFallsBackToTheJdk(@TempDir Path tmp) throws Exception {
        Path jvm = tmp.resolve("jvm");
        Files.createDirectories(jvm.resolve("bin"));
        Files.createSymbolicLink(jvm.resolve("bin/java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        Files.writeString(jvm.resolve("bramble-jdk"), "image-1 /some/other/jdk/bin/java 1 2\n");
        JsSuite.Result r = bramble(Map.of("BRAMBLE_JVM", jvm.toString()), "--version");
        assertEquals(0, r.code(), r.stderr());
        assertTrue(r.stdout().contains("jit: on"), r.stdout());
        assertTrue(r.stdout().contains("startup: the JDK itself"), r.stdout());
    }

    /**
     * An AOT cache trained on other jars (a home copied or upgraded without bramble-prepare) is turned
     * down by the JVM: the program still runs, JIT on, and nothing of it reaches stdout.
     */
    @Test
    void aotCacheOfOtherJarsIsIgnoredQuietly(@TempDir Path tmp) throws Exception {
        Path lib = tmp.resolve("lib");
        Files.createDirectories(lib.resolve("jvmci"));
        for (String dir : List.of("lib", "lib/jvmci")) {
            try (Stream<Path> jars = Files.list(home().resolve(dir))) {
                for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                    // The JVM sees through links; a copy is another file (its own mtime), as after an upgrade.
                    Path to = tmp.resolve(dir).resolve(jar.getFileName());
                    if (jar.getFileName().toString().startsWith("bramble-")) Files.copy(jar, to);
                    else Files.createSymbolicLink(to, jar);
                }
            }
        }
        boolean prepared = Files.exists(home().resolve("jvm/bramble.aot"));
        if (prepared) Files.createSymbolicLink(tmp.resolve("jvm"), home().resolve("jvm"));
        Map<String, String> env = Map.of("BRAMBLE_HOME", tmp.toString());
        JsSuite.Result r = bramble(env, "-p", "6 * 7");
        assertEquals("42\n", r.stdout(), r.stderr());
        assertEquals(0, r.code(), r.stderr());
        String version = bramble(env, "--version").stdout();
        assertTrue(version.contains("jit: on"), version);
        assertTrue(version.contains(prepared ? "startup: AOT cache rejected" : "startup: the JDK itself"), version);
    }

    @Test
    void versionReportsTheJitOn() throws Exception {
        JsSuite.Result r = bramble("--version");
        assertEquals(0, r.code(), r.stderr());
        assertTrue(r.stdout().contains("jit: on"), r.stdout());
        assertTrue(r.stdout().matches("(?s).*engine: GraalJS 25\\.\\d+\\.\\d+.*"), r.stdout());
        assertFalse(r.stderr().contains("interpreter"), r.stderr());
    }

    /** The launcher's default heap for a machine described by a meminfo and its cgroup's memory.max. */
    private static String defaultHeap(Path tmp, String memTotalKb, String memoryMax) throws Exception {
        Path machine = Files.createTempDirectory(tmp, "machine");
        Path group = Files.createDirectories(machine.resolve("cgroup/system.slice/app.service"));
        Files.writeString(machine.resolve("self-cgroup"), "0::/system.slice/app.service\n");
        if (memTotalKb != null) Files.writeString(machine.resolve("meminfo"), "MemTotal:       " + memTotalKb + " kB\nMemFree:  1000 kB\n");
        if (memoryMax != null) Files.writeString(group.resolve("memory.max"), memoryMax + "\n");
        return shell(". src/main/sh/find-jdk.sh; bramble_default_heap \"$1/meminfo\" \"$1/self-cgroup\" \"$1/cgroup\"; echo $BRAMBLE_DEFAULT_HEAP",
                machine.toString());
    }

    private static String shell(String script, String... args) throws Exception {
        var cmd = new java.util.ArrayList<>(List.of("sh", "-c", script, "sh"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    /** A quarter of what the process may use, at most 256 MB: a 512 MB board must keep room for the system. */
    @Test
    void defaultHeapFitsTheBoard(@TempDir Path tmp) throws Exception {
        assertEquals("104m", defaultHeap(tmp, "430000", null)); // Pi Zero 2 W: 512 MB less the GPU's share
        assertEquals("231m", defaultHeap(tmp, "948000", "max")); // Pi 3 B, no cgroup limit
        assertEquals("256m", defaultHeap(tmp, "8000000", null)); // Pi 5 8 GB
        assertEquals("128m", defaultHeap(tmp, "8000000", "536870912")); // a service or container limited to 512 MB
        assertEquals("256m", defaultHeap(tmp, null, null)); // nothing to read: the documented default
    }

    /**
     * `--version` shows the heap the launcher chose and the compilation mode that goes with it
     * (latency for a heap under about 248 MB, however it was set); BRAMBLE_JAVA_OPTS may name a mode.
     */
    @Test
    void versionShowsTheHeapAndEngineMode() throws Exception {
        String heap = shell(". src/main/sh/find-jdk.sh; bramble_default_heap /proc/meminfo /proc/self/cgroup /sys/fs/cgroup; "
                + "echo $BRAMBLE_DEFAULT_HEAP");
        long mb = Long.parseLong(heap.replace("m", ""));
        String version = bramble("--version").stdout();
        assertTrue(version.contains("heap: up to " + mb + " MB, Serial GC"), heap + "\n" + version);
        if (mb <= 240 || mb >= 256) { // the boundary lies in between (Runtime.maxMemory() is less than -Xmx)
            assertTrue(version.contains("jit: on (Graal optimizing compiler, " + (mb <= 240 ? "latency" : "default") + " mode)"), version);
        }

        String small = bramble(Map.of("BRAMBLE_MAX_HEAP", "100m"), "--version").stdout();
        assertTrue(small.contains("heap: up to 100 MB, Serial GC"), small);
        assertTrue(small.contains("jit: on (Graal optimizing compiler, latency mode)"), small);
        String big = bramble(Map.of("BRAMBLE_MAX_HEAP", "1g"), "--version").stdout();
        assertTrue(big.contains("heap: up to 1024 MB") && big.contains("default mode)"), big);
        String jvmFlag = bramble(Map.of("BRAMBLE_JAVA_OPTS", "-Xmx100m"), "--version").stdout();
        assertTrue(jvmFlag.contains("heap: up to 100 MB") && jvmFlag.contains("latency mode)"), jvmFlag);
        String chosen = bramble(Map.of("BRAMBLE_MAX_HEAP", "100m", "BRAMBLE_JAVA_OPTS", "-Dpolyglot.engine.Mode=throughput"),
                "--version").stdout();
        assertTrue(chosen.contains("throughput mode)"), chosen);
    }

    /** The same check says OFF in a JVM without JVMCI (this test JVM), so it is not a constant. */
    @Test
    void jitCheckDetectsTheInterpreterOnlyFallback() {
        assertFalse(JsEngine.jitActive());
    }

    @Test
    void printsAndEvaluates() throws Exception {
        assertEquals("[ 2, 4 ]\n", bramble("-p", "[1, 2].map((x) => x * 2)").stdout());
        JsSuite.Result r = bramble("-e", "process.exitCode = 4; console.log(typeof require)");
        assertEquals("function\n", r.stdout());
        assertEquals(4, r.code());
    }

    /** Arguments are the program's, as in node: no @argument-file expansion, with or without options. */
    @Test
    void atArgumentsReachTheProgram(@TempDir Path tmp) throws Exception {
        Path script = tmp.resolve("argv.js");
        Files.writeString(script, "console.log(process.argv.slice(2).join(' '))\n");
        Files.writeString(tmp.resolve("args"), "expanded\n");
        assertEquals("@args --x\n", JsSuite.Launcher.run(tmp, List.of(), script.toString(), Map.of(), 60, "@args", "--x").stdout());
        assertEquals("@args --x\n", JsSuite.Launcher.run(tmp, List.of("-A"), script.toString(), Map.of(), 60, "@args", "--x").stdout());
    }

    /** {@code --allow-env app.js} grants all of env and runs app.js (the word after a grant is not its list). */
    @Test
    void grantWithoutValueLeavesTheScriptAlone(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path app = dir.resolve("app.js");
        java.nio.file.Files.writeString(app, "console.log(typeof process.env.PATH, process.argv.slice(2).join(' '))");
        JsSuite.Result r = JsSuite.Launcher.run(dir, List.of("--allow-env", "--allow-net"), app.toString(), Map.of(), 60,
                "--allow-read", "x");
        assertEquals(0, r.code(), r.stderr());
        assertEquals("string --allow-read x\n", r.stdout());
    }

    /** SIGTERM reaches process.on('SIGTERM'); without a listener SIGINT ends the process as node's does (130). */
    @Test
    void signalsReachTheProgram(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path app = dir.resolve("app.js");
        java.nio.file.Files.writeString(app, String.join("\n",
                "const keep = setInterval(() => {}, 1000);",
                "process.on('SIGTERM', (name) => { console.log('got', name); clearInterval(keep); });",
                "process.on('exit', (code) => console.log('exit', code));",
                "console.log('ready');"));
        Process p = start(dir, app.toString());
        waitForLine(p, "ready");
        new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
        assertTrue(exited(p, 30), "still running after SIGTERM");
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.exitValue(), out);
        assertEquals("got SIGTERM\nexit 0\n", out);

        // Started as `bramble app.js &` in a script starts it, with SIGINT ignored: node resets it, so must we.
        java.nio.file.Files.writeString(app, "setInterval(() => {}, 1000); console.log('ready');");
        Process q = new ProcessBuilder("sh", "-c", "trap '' INT; exec \"$0\" \"$1\"", JsSuite.Launcher.script().toString(),
                app.toString()).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        waitForLine(q, "ready");
        new ProcessBuilder("kill", "-INT", Long.toString(q.pid())).start().waitFor();
        assertTrue(exited(q, 30), "still running after SIGINT");
        assertEquals(130, q.exitValue());
    }

    /** `bramble -i` is the REPL even with stdin a pipe: expressions print their values, .exit ends it. */
    @Test
    void replEvaluatesWhatItReads(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Process p = start(dir, "-i");
        try (var in = p.getOutputStream()) {
            in.write("1 + 1\nconst x = 20\nx * 2 + 2\n[1, 'a']\n.exit\n".getBytes());
        }
        assertTrue(exited(p, 60), "the REPL did not exit on .exit");
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.exitValue(), out);
        for (String want : List.of("2", "42", "[ 1, 'a' ]")) {
            assertTrue(out.lines().anyMatch(l -> l.replaceFirst("^(> )+", "").equals(want)), "no line '" + want + "' in:\n" + out);
        }
    }

    /** Waits for the process to end; one that does not is killed, so a failed test leaves nothing running. */
    private static boolean exited(Process p, int seconds) throws InterruptedException {
        if (p.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS)) return true;
        p.destroyForcibly().waitFor();
        return false;
    }

    private static Process start(Path dir, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(JsSuite.Launcher.script().toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Reads stdout up to a line equal to {@code line} (the rest stays readable). */
    private static void waitForLine(Process p, String line) throws Exception {
        StringBuilder sb = new StringBuilder();
        var in = p.getInputStream();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            int c = in.read();
            if (c < 0) break;
            if (c == '\n') {
                if (sb.toString().equals(line)) return;
                sb.setLength(0);
            } else {
                sb.append((char) c);
            }
        }
        throw new AssertionError("the program never printed '" + line + "'");
    }

    @Test
    void badOptionExitsNine() throws Exception {
        JsSuite.Result r = bramble("--no-such-flag");
        assertEquals(9, r.code());
        assertTrue(r.stderr().contains("--no-such-flag"), r.stderr());
    }

    @Test
    void missingScriptIsModuleNotFound() throws Exception {
        JsSuite.Result r = bramble("/nonexistent/app.js");
        assertEquals(1, r.code());
        assertTrue(r.stderr().contains("Cannot find module '/nonexistent/app.js'"), r.stderr());
    }
}
