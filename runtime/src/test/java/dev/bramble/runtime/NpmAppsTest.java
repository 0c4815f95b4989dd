// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bramble.runtime.testing.JsSuite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Real npm packages run unmodified: each app folder under src/test/js/npm/fixtures gets
 * {@code npm ci} (npm and the registry must be reachable), then its {@code test-*.js} programs
 * run under Bramble and must print what Node 20 printed ({@code .out} beside them).
 */
class NpmAppsTest {

    private static final Path APPS = Path.of("src/test/js/npm/fixtures");

    @TestFactory
    Stream<DynamicTest> apps() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(APPS)) {
            for (Path app : dirs.filter(d -> Files.exists(d.resolve("package-lock.json"))).sorted().toList()) {
                try (Stream<Path> files = Files.list(app)) {
                    for (Path test : files.filter(f -> f.getFileName().toString().matches("test-.*\\.js")).sorted().toList()) {
                        tests.add(DynamicTest.dynamicTest(APPS.relativize(test).toString(), () -> run(app, test)));
                    }
                }
            }
        }
        if (tests.isEmpty()) fail("no npm app tests below " + APPS);
        return tests.stream();
    }

    private static final java.util.Set<Path> installed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static synchronized void npmCi(Path app) throws IOException, InterruptedException {
        if (installed.contains(app)) return;
        Process p;
        try {
            p = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(app.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("npm is needed for the npm app tests (Debian package npm): " + e.getMessage(), e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) fail("npm ci failed in " + app + ":\n" + out);
        installed.add(app);
    }

    private static void run(Path app, Path test) throws Exception {
        npmCi(app);
        List<String> flags = new ArrayList<>();
        for (String line : Files.readAllLines(test).subList(0, 3)) {
            if (line.startsWith("// Flags:")) flags.addAll(List.of(line.substring(9).trim().split("\\s+")));
        }
        JsSuite.Result r = JsSuite.Launcher.run(app, flags, test.getFileName().toString(), Map.of(), 120);
        String expected = Files.readString(test.resolveSibling(test.getFileName() + ".out"), StandardCharsets.UTF_8);
        assertEquals(expected, r.stdout(), "stdout differs from Node's\n--- stderr ---\n" + r.stderr());
        assertEquals(0, r.code(), "exit status\n--- stderr ---\n" + r.stderr());
    }
}
