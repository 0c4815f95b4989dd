// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.zlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bramble.runtime.testing.JsSuite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bramble's gzip/deflate/raw/brotli output must decompress in Node and Node's in Bramble: both
 * runtimes encode the same payloads (fixtures/interop-encode.js), then each decodes the other's
 * (fixtures/interop-decode.js). Needs {@code node} on the PATH (the nodejs package in CI).
 */
class ZlibNodeInteropTest {

    private static final Path FIXTURES = Path.of("src/test/js/zlib/fixtures").toAbsolutePath();

    @Test
    void bothWays(@TempDir Path dir) throws Exception {
        String node = findNode();
        String files = dir.toString();
        bramble("interop-encode.js", files, "bramble");
        run(node, "interop-encode.js", files, "node");
        String inNode = run(node, "interop-decode.js", files, "bramble");
        String inBramble = bramble("interop-decode.js", files, "node");
        for (String out : List.of(inNode, inBramble)) {
            List<String> lines = out.lines().toList();
            assertEquals(16, lines.size(), "one line per file:\n" + out);
            assertTrue(lines.stream().allMatch(l -> l.endsWith(" ok")), out);
        }
    }

    private static String bramble(String script, String dir, String who) throws IOException, InterruptedException {
        JsSuite.Result r = JsSuite.Launcher.run(FIXTURES, List.of("--allow-read", "--allow-write=" + dir),
                FIXTURES.resolve(script).toString(), Map.of(), 120, dir, who);
        assertEquals(0, r.code(), "bramble " + script + ":\n" + r.stdout() + r.stderr());
        return r.stdout();
    }

    private static String run(String node, String script, String dir, String who) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(node, FIXTURES.resolve(script).toString(), dir, who)
                .directory(FIXTURES.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) fail("node " + script + " timed out");
        assertEquals(0, p.exitValue(), "node " + script + ":\n" + out);
        return out;
    }

    private static String findNode() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(d, "node");
            if (Files.isExecutable(p)) return p.toString();
        }
        return fail("the zlib interop test needs Node.js: `node` is not on the PATH (Debian package nodejs, see .ci/apt-packages)");
    }
}
