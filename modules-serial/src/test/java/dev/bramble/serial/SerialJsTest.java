// SPDX-License-Identifier: Apache-2.0
package dev.bramble.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bramble.runtime.testing.JsSuite;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serial JS tests (src/test/js/serial), each over its own socat pty pair: the program gets the two
 * ends as SERIAL_A and SERIAL_B. A test with a {@code // Vanish: <text>} header line has socat killed
 * when it prints that text, as when a USB adapter is pulled mid-stream; it must still exit on its own.
 * Other header lines are JsSuite's ({@code // Flags:}, {@code // Exit:}); tests check themselves.
 */
class SerialJsTest {

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> js() throws IOException {
        Path root = Path.of("src/test/js").toAbsolutePath();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.getFileName().toString().matches("test-.*\\.js")).filter(p -> !p.toString().contains("/fixtures/"))
                    .sorted().toList();
        }
        String only = System.getProperty("js.only", "");
        if (!only.isBlank()) {
            files = files.stream().filter(f -> List.of(only.split(",")).stream().anyMatch(root.relativize(f).toString()::contains)).toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(), () -> runOne(f)));
    }

    private void runOne(Path file) throws Exception {
        List<String> flags = new ArrayList<>();
        String vanish = null;
        int exit = 0;
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(0, Math.min(8, lines.size()))) {
            if (line.startsWith("// Flags:")) flags.addAll(List.of(line.substring(9).trim().split("\\s+")));
            if (line.startsWith("// Vanish:")) vanish = line.substring(10).trim();
            if (line.startsWith("// Exit:")) exit = Integer.parseInt(line.substring(8).trim());
        }
        String name = file.getFileName().toString().replace(".js", "");
        try (Socat pair = Socat.pair(tmp, name)) {
            List<String> cmd = new ArrayList<>();
            cmd.add(JsSuite.Launcher.script().toString());
            cmd.addAll(flags);
            cmd.add(file.toString());
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(file.getParent().toFile()).redirectErrorStream(false);
            pb.environment().put("SERIAL_A", pair.a.toString());
            pb.environment().put("SERIAL_B", pair.b.toString());
            Path err = tmp.resolve(name + ".stderr");
            pb.redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            StringBuilder out = new StringBuilder();
            String trigger = vanish;
            Thread reader = Thread.ofPlatform().daemon().start(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        synchronized (out) {
                            out.append(line).append('\n');
                        }
                        if (trigger != null && line.contains(trigger)) {
                            pair.close();
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    // process ended
                }
            });
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                fail("timed out (a serial port kept it alive?)\n--- stdout ---\n" + out + "\n--- stderr ---\n" + Files.readString(err));
            }
            reader.join(5000);
            String context = "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + Files.readString(err);
            assertEquals(exit, p.exitValue(), "exit status" + context);
            if (vanish != null) {
                assertTrue(out.toString().contains(vanish), "the test never printed '" + vanish + "'" + context);
            }
        }
    }
}
