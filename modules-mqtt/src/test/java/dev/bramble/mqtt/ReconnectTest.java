// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;

/** Broker restarts: reconnect, resubscribe, persistent sessions, and the outbox across outages and client restarts. */
// The runtime test-jar turns on parallel test execution; this class stops and starts brokers and counts threads, so it runs alone.
@Isolated
class ReconnectTest {

    @TempDir
    Path tmp;
    Mosquitto broker;

    @BeforeEach
    void startBroker() throws Exception {
        broker = new Mosquitto(tmp.resolve("broker"));
    }

    @AfterEach
    void stopBroker() throws Exception {
        broker.close();
    }

    /** Paho's threads for one client ("MQTT Rec: id", "MQTT Snd: id", ...). */
    private static long mqttThreads(String clientId) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("MQTT") && t.getName().endsWith(": " + clientId)).count();
    }

    @Test
    void afterABrokerRestartTheClientReconnectsResubscribesAndSendsWhatWasStored() throws Exception {
        MqttOptions o = Recorder.options(broker.url(), "rc-client");
        o.outboxDir = tmp.resolve("outbox");
        try (Recorder r = new Recorder(o).connected()) {
            r.subscribe("rc/#", 1);
            long threadsBefore = mqttThreads("rc-client");
            broker.stop();
            r.awaitEvent("close");
            r.awaitEvent("offline");
            r.awaitEvent("reconnect");
            r.awaitEvent("close"); // refused while the broker is down

            CountDownLatch stored = new CountDownLatch(1);
            CompletableFuture<MqttClientException> acked = new CompletableFuture<>();
            r.client.publish("rc/stored", "kept on disk".getBytes(UTF_8), 1, false, null, new PublishListener() {
                @Override
                public void stored() {
                    stored.countDown();
                }

                @Override
                public void completed(MqttClientException error) {
                    acked.complete(error);
                }
            });
            assertTrue(stored.await(5, TimeUnit.SECONDS), "stored() while offline");
            Mosquitto.sleep(1000); // several more failed attempts
            assertFalse(acked.isDone(), "no PUBACK while the broker is down");
            assertEquals(1, r.client.queued());

            broker.start();
            r.awaitEvent("connect");
            assertEquals(null, acked.get(10, TimeUnit.SECONDS));
            assertEquals("kept on disk", Recorder.text(r.awaitMessage(m -> m.topic().equals("rc/stored"))),
                    "the subscription was restored after the clean reconnect");
            assertEquals(0, r.client.queued());
            assertEquals(1, r.history.stream().filter(e -> e.equals("offline")).count(), r.history.toString());
            assertTrue(threadsBefore > 0 && mqttThreads("rc-client") <= threadsBefore,
                    "no Paho threads leak per reconnect attempt: " + threadsBefore + " -> " + mqttThreads("rc-client"));
            r.assertOnLoopThreadOnly();
        }
    }

    @Test
    void aPersistentSessionReceivesWhatWasPublishedWhileItWasAway() throws Exception {
        MqttOptions so = Recorder.options(broker.url(), "persist-sub");
        so.clean = false;
        try (Recorder sub = new Recorder(so).connected()) {
            sub.subscribe("persist/#", 1);
        }
        try (Recorder pub = new Recorder(Recorder.options(broker.url(), "persist-pub")).connected()) {
            for (int i = 0; i < 5; i++) {
                pub.publish("persist/x", "m" + i, 1, false);
            }
        }
        broker.stop(); // the queued messages must survive the broker's restart, too
        broker.start();
        try (Recorder sub = new Recorder(so).connected()) {
            List<String> got = new ArrayList<>();
            for (MqttReceived m : sub.drain(Duration.ofSeconds(1))) {
                got.add(Recorder.text(m));
            }
            assertEquals(List.of("m0", "m1", "m2", "m3", "m4"), got);
        }
    }

    @Test
    void theOutboxOutlivesTheClientThatFilledIt() throws Exception {
        MqttOptions so = Recorder.options(broker.url(), "outlive-sub");
        so.clean = false;
        try (Recorder sub = new Recorder(so).connected()) {
            sub.subscribe("outlive/#", 1);
        }
        broker.stop();
        MqttOptions po = Recorder.options(broker.url(), "outlive-pub");
        po.outboxDir = tmp.resolve("outbox");
        Recorder first = new Recorder(po).connect();
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sent.add(first.publish("outlive/x", ("m" + i).getBytes(UTF_8), 1, false, null));
        }
        first.end(true); // the app stops with everything still undelivered
        for (CompletableFuture<Void> f : sent) {
            assertTrue(f.isCompletedExceptionally(), "not acknowledged in this run");
        }
        broker.start();
        try (Recorder second = new Recorder(po)) {
            assertEquals(20, second.client.queued(), "the new client found the stored messages");
            second.connected();
            try (Recorder sub = new Recorder(so).connected()) {
                List<String> got = new ArrayList<>();
                sub.drain(Duration.ofSeconds(1)).forEach(m -> got.add(Recorder.text(m)));
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    expected.add("m" + i);
                }
                assertEquals(expected, got, "delivered once each, in order");
            }
            assertEquals(0, second.client.queued());
        }
    }

    @Test
    void reconnectPeriodZeroMeansNoReconnect() throws Exception {
        MqttOptions o = Recorder.options(broker.url(), "no-rc");
        o.reconnectPeriodMs = 0;
        try (Recorder r = new Recorder(o).connected()) {
            broker.stop();
            r.awaitEvent("close");
            broker.start();
            Mosquitto.sleep(700);
            assertFalse(r.history.contains("reconnect"), r.history.toString());
            assertFalse(r.history.contains("offline"), r.history.toString());
        }
    }
}
