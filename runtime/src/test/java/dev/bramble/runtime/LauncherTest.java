// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bramble.runtime.engine.JsEngine;
import dev.bramble.runtime.testing.JsSuite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped launcher: the optimizing JIT is on, the CLI behaves like node's. */
class LauncherTest {

    private static JsSuite.Result bramble(String... args) throws Exception {
        return JsSuite.Launcher.run(Path.of("").toAbsolutePath(), List.of(args), null, Map.of(), 60);
    }

    @Test
    void versionReportsTheJitOn() throws Exception {
        JsSuite.Result r = bramble("--version");
        assertEquals(0, r.code(), r.stderr());
        assertTrue(r.stdout().contains("jit: on"), r.stdout());
        assertTrue(r.stdout().matches("(?s).*engine: GraalJS 25\\.\\d+\\.\\d+.*"), r.stdout());
        assertFalse(r.stderr().contains("interpreter"), r.stderr());
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
