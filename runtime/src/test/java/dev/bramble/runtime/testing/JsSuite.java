// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code test-*.js} below a folder through the real {@code bramble} launcher. A file with a
 * {@code .out} beside it (recorded once from Node 20) must print exactly that; a {@code .code} file
 * holds a non-zero exit status. Files without {@code .out} check themselves and must exit 0.
 * Header lines: {@code // Flags: --allow-env}, {@code // Exit: 1}, {@code // Stderr: regex}.
 * Modules subclass this with their own folder; see runtime/src/test/js/README.md.
 */
public abstract class JsSuite {

    /** The folder of JS tests, e.g. {@code src/test/js}. */
    protected abstract Path root();

    /** Extra environment for every test (e.g. a broker's port). */
    protected java.util.Map<String, String> environment() {
        return java.util.Map.of();
    }

    @TestFactory
    Stream<DynamicTest> js() throws IOException {
        Path root = root().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) fail("no JS tests at " + root);
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.getFileName().toString().matches("test-.*\\.(js|mjs|cjs)"))
                    .filter(p -> !p.toString().contains("/node_modules/") && !p.toString().contains("/fixtures/"))
                    .sorted().toList();
        }
        if (files.isEmpty()) fail("no test-*.js files below " + root);
        // -Djs.only=fs/,net/ runs just the tests whose path (below root) contains one of these.
        String only = System.getProperty("js.only", "");
        if (!only.isBlank()) {
            List<String> parts = List.of(only.split(","));
            files = files.stream().filter(f -> parts.stream().anyMatch(root.relativize(f).toString()::contains)).toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(), () -> runOne(f)));
    }

    void runOne(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> flags = new ArrayList<>();
        Integer exit = null;
        Pattern stderr = null;
        for (String line : lines.subList(0, Math.min(8, lines.size()))) {
            if (line.startsWith("// Flags:")) flags.addAll(List.of(line.substring(9).trim().split("\\s+")));
            if (line.startsWith("// Exit:")) exit = Integer.parseInt(line.substring(8).trim());
            if (line.startsWith("// Stderr:")) stderr = Pattern.compile(line.substring(10).trim(), Pattern.DOTALL);
        }
        Path out = file.resolveSibling(file.getFileName() + ".out");
        Path code = file.resolveSibling(file.getFileName() + ".code");
        if (exit == null) exit = Files.exists(code) ? Integer.parseInt(Files.readString(code).trim()) : 0;

        Result r = Launcher.run(file.getParent(), flags, file.toString(), environment(), 120);
        String context = "\n--- stdout ---\n" + r.stdout() + "\n--- stderr ---\n" + r.stderr();
        if (Files.exists(out)) {
            assertEquals(Files.readString(out, StandardCharsets.UTF_8), r.stdout(), "stdout differs from Node's" + context);
        }
        assertEquals(exit.intValue(), r.code(), "exit status" + context);
        if (stderr != null) assertTrue(stderr.matcher(r.stderr()).find(), "stderr should match " + stderr + context);
    }

    /** What a run of the launcher printed and returned. */
    public record Result(int code, String stdout, String stderr) {}

    /** Starts the launcher the way a user would. */
    public static final class Launcher {
        private Launcher() {}

        /** The launcher script: $BRAMBLE_LAUNCHER, else runtime/src/main/sh/bramble found upwards. */
        public static Path script() {
            String env = System.getenv("BRAMBLE_LAUNCHER");
            if (env != null) return Path.of(env);
            for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
                Path p = d.resolve("runtime/src/main/sh/bramble");
                if (Files.isExecutable(p)) return p;
                p = d.resolve("src/main/sh/bramble");
                if (Files.isExecutable(p) && d.getFileName().toString().equals("runtime")) return p;
            }
            throw new IllegalStateException("cannot find the bramble launcher");
        }

        public static Result run(Path cwd, List<String> flags, String scriptOrNull, java.util.Map<String, String> env,
                                 int timeoutSeconds, String... args) throws IOException, InterruptedException {
            List<String> cmd = new ArrayList<>();
            cmd.add(script().toString());
            cmd.addAll(flags);
            if (scriptOrNull != null) cmd.add(scriptOrNull);
            cmd.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
            pb.environment().putAll(env);
            Path outFile = Files.createTempFile("bramble-out", ".txt");
            Path errFile = Files.createTempFile("bramble-err", ".txt");
            pb.redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            try {
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    fail("timed out after " + timeoutSeconds + "s: " + cmd + "\n" + Files.readString(errFile));
                }
                return new Result(p.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8),
                        Files.readString(errFile, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(outFile);
                Files.deleteIfExists(errFile);
            }
        }
    }
}
