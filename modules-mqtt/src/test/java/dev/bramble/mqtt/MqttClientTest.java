// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against a real Mosquitto: round trips, retained, will, wildcards, reconnects, end(). */
class MqttClientTest {

    @TempDir
    static Path brokerDir;
    @TempDir
    Path tmp;
    static Mosquitto broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = new Mosquitto(brokerDir);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    private Recorder client(String id) throws Exception {
        return new Recorder(Recorder.options(broker.url(), id));
    }

    @Test
    void roundTripsAtEachQos() throws Exception {
        for (int version : new int[] {4, 5}) {
            MqttOptions o = Recorder.options(broker.url(), "rt-sub-" + version);
            o.protocolVersion = version;
            try (Recorder sub = new Recorder(o).connected(); Recorder pub = client("rt-pub-" + version).connected()) {
                assertArrayEquals(new int[] {2}, sub.subscribe("rt/" + version + "/#", 2));
                for (int qos = 0; qos <= 2; qos++) {
                    pub.publish("rt/" + version + "/q" + qos, "hello at qos " + qos, qos, false);
                    int q = qos;
                    MqttReceived m = sub.awaitMessage(r -> r.topic().equals("rt/" + version + "/q" + q));
                    assertEquals("hello at qos " + qos, Recorder.text(m));
                    assertEquals(qos, m.qos(), "delivered at the publisher's QoS");
                    assertFalse(m.retain());
                }
                sub.assertOnLoopThreadOnly();
                pub.assertOnLoopThreadOnly();
            }
        }
    }

    @Test
    void binaryPayloadsArriveByteForByte() throws Exception {
        try (Recorder sub = client("bin-sub").connected(); Recorder pub = client("bin-pub").connected()) {
            sub.subscribe("bin/x", 1);
            byte[] all = new byte[256];
            for (int i = 0; i < 256; i++) {
                all[i] = (byte) i;
            }
            pub.publish("bin/x", all, 1, false, null).get(10, TimeUnit.SECONDS);
            assertArrayEquals(all, sub.awaitMessage(m -> true).payload());
        }
    }

    @Test
    void retainedMessagesReachLateSubscribers() throws Exception {
        try (Recorder pub = client("ret-pub").connected()) {
            pub.publish("ret/state", "on", 1, true);
            pub.publish("ret/other", "not retained", 1, false);
        }
        try (Recorder late = client("ret-late").connected()) {
            late.subscribe("ret/#", 1);
            MqttReceived m = late.awaitMessage(r -> true);
            assertEquals("ret/state", m.topic());
            assertEquals("on", Recorder.text(m));
            assertTrue(m.retain(), "the broker marks stored messages as retained");
            assertTrue(late.drain(Duration.ofMillis(300)).isEmpty(), "only the retained message is replayed");
        }
        try (Recorder pub = client("ret-clear").connected()) {
            pub.publish("ret/state", "", 1, true); // an empty retained message clears it
        }
    }

    @Test
    void theWillIsPublishedOnAnAbruptDisconnectOnly() throws Exception {
        try (Recorder watcher = client("will-watch").connected()) {
            watcher.subscribe("will/#", 1);
            MqttOptions o = Recorder.options(broker.url(), "will-dev");
            o.will = new Will("will/dev", "offline".getBytes(UTF_8), 1, false, null);
            Recorder dev = new Recorder(o).connected();
            dev.end(false); // graceful: DISCONNECT, no will
            assertTrue(watcher.drain(Duration.ofMillis(500)).isEmpty(), "a clean DISCONNECT discards the will");

            Recorder dev2 = new Recorder(o).connected();
            dev2.end(true); // the socket just drops, as when the device loses power
            assertEquals("offline", Recorder.text(watcher.awaitMessage(m -> m.topic().equals("will/dev"))));
        }
    }

    @Test
    void wildcardsRouteOnlyMatchingTopics() throws Exception {
        try (Recorder sub = client("wc-sub").connected(); Recorder pub = client("wc-pub").connected()) {
            sub.subscribe(List.of(new Subscription("home/+/temp", 1), new Subscription("office/#", 1)), null);
            for (String t : List.of("home/kitchen/temp", "home/kitchen/humidity", "home/a/b/temp", "office",
                    "office/desk/lamp", "garden/temp")) {
                pub.publish(t, t, 1, false);
            }
            Set<String> got = sub.drain(Duration.ofMillis(800)).stream().map(MqttReceived::topic).collect(Collectors.toSet());
            assertEquals(Set.of("home/kitchen/temp", "office", "office/desk/lamp"), got);
        }
    }

    @Test
    void unsubscribeStopsDelivery() throws Exception {
        try (Recorder sub = client("uns-sub").connected(); Recorder pub = client("uns-pub").connected()) {
            sub.subscribe("uns/a", 1);
            pub.publish("uns/a", "1", 1, false);
            sub.awaitMessage(m -> true);
            CompletableFuture<MqttClientException> done = new CompletableFuture<>();
            sub.client.unsubscribe(List.of("uns/a"), null, done::complete);
            assertEquals(null, done.get(10, TimeUnit.SECONDS));
            pub.publish("uns/a", "2", 1, false);
            assertTrue(sub.drain(Duration.ofMillis(400)).isEmpty());
        }
    }

    @Test
    void aGracefulEndWaitsUntilEveryQos1MessageIsAcknowledged() throws Exception {
        try (Recorder sub = client("end-sub").connected()) {
            sub.subscribe("end/#", 1);
            MqttOptions o = Recorder.options(broker.url(), "end-pub");
            o.outboxDir = tmp.resolve("outbox");
            Recorder pub = new Recorder(o).connected();
            List<CompletableFuture<Void>> acks = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                acks.add(pub.publish("end/n", ("m" + i).getBytes(UTF_8), 1, false, null));
            }
            pub.end(false);
            for (CompletableFuture<Void> a : acks) {
                assertTrue(a.isDone() && !a.isCompletedExceptionally(), "every publish was acknowledged before end()");
            }
            List<String> got = new ArrayList<>();
            sub.drain(Duration.ofMillis(800)).forEach(m -> got.add(Recorder.text(m)));
            assertEquals(300, got.size());
            assertEquals("m0", got.getFirst());
            assertEquals("m299", got.getLast());
            assertEquals(List.of("connect", "close", "end"), pub.history.stream().filter(e -> !e.startsWith("stored")).toList());
        }
    }

    @Test
    void aRefusedConnectionIsAnErrorWithTheConnackCode() throws Exception {
        for (int version : new int[] {4, 5}) {
            MqttOptions o = Recorder.options("mqtt://127.0.0.1:" + broker.authPort, "refused-" + version);
            o.protocolVersion = version;
            try (Recorder r = new Recorder(o).connect()) {
                r.awaitEvent("error:ERR_MQTT_CONNACK");
                assertEquals(version == 5 ? 135 : 5, r.lastError.reasonCode());
                assertEquals("Connection refused: Not authorized", r.lastError.getMessage());
                r.awaitEvent("close");
                r.awaitEvent("offline");
                r.awaitEvent("reconnect");
            }
        }
    }

    @Test
    void nothingListeningMeansCloseOfflineAndReconnectNotAnError() throws Exception {
        MqttOptions o = Recorder.options("mqtt://127.0.0.1:" + Mosquitto.freePort(), "nobody-home");
        try (Recorder r = new Recorder(o).connect()) {
            r.awaitEvent("close");
            r.awaitEvent("offline");
            r.awaitEvent("reconnect");
            r.awaitEvent("close");
            assertFalse(r.history.stream().anyMatch(e -> e.startsWith("error")), r.history.toString());
            assertEquals(1, r.history.stream().filter(e -> e.equals("offline")).count(), "offline once per outage");
        }
    }
}
