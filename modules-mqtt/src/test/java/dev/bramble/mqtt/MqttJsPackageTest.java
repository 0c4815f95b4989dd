// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bramble.runtime.testing.JsSuite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MQTT.js itself (npm {@code mqtt}, pinned in src/test/npm/mqttjs/package-lock.json) runs from
 * node_modules on Bramble's net module against a real Mosquitto: when a package of that name is
 * installed it wins over the built-in, as DESIGN.md says. Node 20 runs the same program against the
 * same broker, and the two outputs must match.
 */
class MqttJsPackageTest {

    @TempDir
    Path tmp;

    @Test
    void mqttJsFromNodeModulesTalksToTheBroker() throws Exception {
        Path app = tmp.resolve("app");
        Files.createDirectories(app);
        for (String f : List.of("package.json", "package-lock.json", "main.js")) {
            Files.copy(Path.of("src/test/npm/mqttjs").resolve(f), app.resolve(f));
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(app.toFile())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("npm.log").toFile()).start();
        if (!npm.waitFor(300, TimeUnit.SECONDS) || npm.exitValue() != 0) {
            throw new AssertionError("npm ci failed (npm and the npm registry are needed):\n" + Files.readString(tmp.resolve("npm.log")));
        }
        try (Mosquitto broker = new Mosquitto(tmp.resolve("broker"))) {
            JsSuite.Result r = JsSuite.Launcher.run(app, List.of("--allow-net", "--allow-env"), app.resolve("main.js").toString(),
                    Map.of("MQTT_URL", broker.url()), 120);
            assertEquals(0, r.code(), r.stderr());
            // The same program under Node 20 against the same broker prints the same.
            // Output to files, so a node that never ends fails the test at the timeout instead of hanging it.
            ProcessBuilder pb = new ProcessBuilder("node", "main.js").directory(app.toFile())
                    .redirectOutput(tmp.resolve("node.out").toFile()).redirectError(tmp.resolve("node.err").toFile());
            pb.environment().put("MQTT_URL", broker.url());
            Process node = pb.start();
            boolean ended = node.waitFor(120, TimeUnit.SECONDS);
            if (!ended) node.destroyForcibly().waitFor();
            if (!ended || node.exitValue() != 0) {
                throw new AssertionError("node main.js " + (ended ? "failed" : "did not end in 120 s") + " (node 20 is needed):\n"
                        + Files.readString(tmp.resolve("node.err")));
            }
            assertEquals(Files.readString(tmp.resolve("node.out")), r.stdout(), "Bramble and Node print differently");
            assertEquals(String.join("\n", "connected true",
                    "bramble/mqttjs/q0 hello 0 qos=0 true",
                    "bramble/mqttjs/q1 hello 1 qos=1 true",
                    "bramble/mqttjs/q2 hello 2 qos=2 true",
                    "ended", ""), r.stdout());
        }
    }
}
