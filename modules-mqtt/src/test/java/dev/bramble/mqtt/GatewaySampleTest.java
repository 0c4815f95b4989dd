// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bramble.runtime.testing.JsSuite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;

/**
 * samples/gateway as a user starts it (./bramble samples/gateway/main.js, on the simulated board) against
 * a real broker that goes away for a while: telemetry arrives with no reading missing, commands reach
 * the LED and PWM, and the retained status ends as "offline".
 */
// The runtime test-jar turns on parallel test execution; this class times a broker outage against a running program, so it runs alone.
@Isolated
class GatewaySampleTest {

    @TempDir
    Path tmp;

    private static Path repo() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("samples/gateway"))) {
                return d;
            }
        }
        throw new IllegalStateException("cannot find samples/gateway above " + Path.of("").toAbsolutePath());
    }

    @Test
    void telemetrySurvivesABrokerOutageAndCommandsAreObeyed() throws Exception {
        try (Mosquitto broker = new Mosquitto(tmp.resolve("broker"))) {
            String id = "gw-test-" + Long.toHexString(System.nanoTime());
            MqttOptions so = Recorder.options(broker.url(), id + "-watcher");
            so.clean = false; // the broker keeps what the gateway sends while we reconnect
            try (Recorder watcher = new Recorder(so).connected()) {
                watcher.subscribe("bramble/" + id + "/#", 1);
                Map<String, String> env = Map.of("MQTT_URL", broker.url(), "GATEWAY_ID", id, "TELEMETRY_MS", "200",
                        "GATEWAY_READINGS", "40", "BRAMBLE_DATA_DIR", tmp.resolve("data").toString());
                CompletableFuture<JsSuite.Result> run = CompletableFuture.supplyAsync(() -> {
                    try {
                        return JsSuite.Launcher.run(repo(), List.of("--allow-net=127.0.0.1:" + broker.port),
                                "samples/gateway/main.js", env, 120);
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                });

                TreeSet<Integer> seqs = new TreeSet<>();
                int total = 0;
                Pattern seq = Pattern.compile("\"seq\":(\\d+)");
                boolean online = false;
                boolean commanded = false;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                while (seqs.size() < 5) {
                    MqttReceived m = watcher.messages.poll(100, TimeUnit.MILLISECONDS);
                    if (System.nanoTime() > deadline || run.isDone()) {
                        JsSuite.Result r = run.get(120, TimeUnit.SECONDS);
                        throw new AssertionError("no telemetry from the gateway; seen " + seqs + "\n" + r.stdout() + r.stderr());
                    }
                    if (m == null) {
                        continue;
                    }
                    if (m.topic().endsWith("/status")) {
                        online |= Recorder.text(m).equals("online");
                    } else if (m.topic().endsWith("/telemetry")) {
                        Matcher mm = seq.matcher(Recorder.text(m));
                        assertTrue(mm.find(), Recorder.text(m));
                        seqs.add(Integer.parseInt(mm.group(1)));
                        total++;
                    }
                    if (online && !commanded) {
                        watcher.publish("bramble/" + id + "/cmd", "{\"led\":true,\"brightness\":0.5}", 1, false);
                        commanded = true;
                    }
                }
                assertTrue(online, "the gateway announced itself online");
                broker.stop();
                Mosquitto.sleep(2000); // about ten readings go to the gateway's outbox meanwhile
                broker.start();

                JsSuite.Result r = run.get(150, TimeUnit.SECONDS);
                for (MqttReceived m : watcher.drain(Duration.ofSeconds(2))) {
                    if (m.topic().endsWith("/telemetry")) {
                        Matcher mm = seq.matcher(Recorder.text(m));
                        assertTrue(mm.find());
                        seqs.add(Integer.parseInt(mm.group(1)));
                        total++;
                    }
                }
                String out = r.stdout();
                assertEquals(0, r.code(), out + r.stderr());
                assertTrue(out.contains("command: led on") && out.contains("command: brightness 0.5"), out);
                Matcher stopped = Pattern.compile("stopped after (\\d+) readings").matcher(out);
                assertTrue(stopped.find(), out);
                int readings = Integer.parseInt(stopped.group(1));
                assertEquals(40, readings, out + r.stderr());
                assertEquals(readings, seqs.size(), "every reading arrived (" + (total - seqs.size()) + " duplicates): " + seqs);
                assertEquals(1, seqs.first());
                assertEquals(readings, seqs.last());
                assertTrue(out.contains("broker unreachable; readings wait in the outbox"), out);
            }
            try (Recorder late = new Recorder(Recorder.options(broker.url(), id + "-late")).connected()) {
                late.subscribe("bramble/" + id + "/status", 1);
                assertEquals("offline", new String(late.awaitMessage(m -> true).payload(), UTF_8));
            }
        }
    }
}
