// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MQTT 5 over Paho's mqttv5 client: properties on publishes (also through the disk outbox), subscription options, sessions. */
class Mqtt5Test {

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

    private static MqttOptions v5(String id) {
        MqttOptions o = Recorder.options(broker.url(), id);
        o.protocolVersion = 5;
        return o;
    }

    private static MqttProperties props() {
        MqttProperties p = new MqttProperties();
        p.setContentType("application/json");
        p.setResponseTopic("reply/here");
        p.setCorrelationData(new byte[] {7, 8, 9});
        p.setPayloadFormat(true);
        p.setMessageExpiryInterval(600L);
        p.setUserProperties(List.of(new UserProperty("site", "greenhouse"), new UserProperty("unit", "C")));
        return p;
    }

    @Test
    void publishPropertiesArriveAtEveryQosIncludingThroughTheDiskOutbox() throws Exception {
        MqttOptions po = v5("props-pub");
        po.outboxDir = tmp.resolve("outbox");
        try (Recorder sub = new Recorder(v5("props-sub")).connected(); Recorder pub = new Recorder(po).connected()) {
            sub.subscribe("props/#", 2);
            for (int qos = 0; qos <= 2; qos++) {
                pub.publish("props/q" + qos, "{\"t\":21.5}".getBytes(UTF_8), qos, false, props()).get(10, TimeUnit.SECONDS);
                int q = qos;
                MqttReceived m = sub.awaitMessage(r -> r.topic().equals("props/q" + q));
                MqttProperties p = m.properties();
                assertNotNull(p, "an MQTT 5 message carries its properties");
                assertEquals("application/json", p.getContentType());
                assertEquals("reply/here", p.getResponseTopic());
                assertArrayEquals(new byte[] {7, 8, 9}, p.getCorrelationData());
                assertTrue(p.getPayloadFormat());
                assertTrue(p.getMessageExpiryInterval() > 0 && p.getMessageExpiryInterval() <= 600);
                assertEquals(List.of("site=greenhouse", "unit=C"),
                        p.getUserProperties().stream().map(u -> u.getKey() + "=" + u.getValue()).toList());
            }
        }
    }

    @Test
    void theConnackPropertiesAreReported() throws Exception {
        try (Recorder r = new Recorder(v5("connack")).connected()) {
            assertNotNull(r.lastConnack, "MQTT 5 CONNACK properties reach the listener");
        }
        try (Recorder r = new Recorder(Recorder.options(broker.url(), "connack-311")).connected()) {
            assertEquals(null, r.lastConnack, "3.1.1 has no CONNACK properties");
        }
    }

    @Test
    void noLocalKeepsAClientsOwnMessagesFromItself() throws Exception {
        try (Recorder r = new Recorder(v5("nolocal")).connected(); Recorder other = new Recorder(v5("nolocal-other")).connected()) {
            r.subscribe(List.of(new Subscription("nl/x", 1, true, false, 0)), null);
            r.publish("nl/x", "mine", 1, false);
            other.publish("nl/x", "theirs", 1, false);
            List<String> got = r.drain(Duration.ofMillis(500)).stream().map(Recorder::text).toList();
            assertEquals(List.of("theirs"), got);
        }
    }

    @Test
    void aSessionWithAnExpiryIntervalSurvivesADisconnect() throws Exception {
        MqttOptions o = v5("sess5");
        o.clean = false;
        o.connectProperties = new MqttProperties();
        o.connectProperties.setSessionExpiryInterval(300L);
        try (Recorder first = new Recorder(o).connected()) {
            first.subscribe("sess5/#", 1);
        }
        try (Recorder pub = new Recorder(v5("sess5-pub")).connected()) {
            pub.publish("sess5/a", "queued while away", 1, false);
        }
        try (Recorder again = new Recorder(o).connected()) {
            assertEquals("queued while away", Recorder.text(again.awaitMessage(m -> true)));
        }
    }

    @Test
    void aWillCarriesItsProperties() throws Exception {
        try (Recorder watcher = new Recorder(v5("will5-watch")).connected()) {
            watcher.subscribe("will5/#", 1);
            MqttOptions o = v5("will5-dev");
            MqttProperties wp = new MqttProperties();
            wp.setContentType("text/plain");
            o.will = new Will("will5/dev", "gone".getBytes(UTF_8), 1, true, wp);
            new Recorder(o).connected().end(true);
            MqttReceived m = watcher.awaitMessage(r -> r.topic().equals("will5/dev"));
            assertEquals("gone", Recorder.text(m));
            assertEquals("text/plain", m.properties().getContentType());
        }
        try (Recorder clear = new Recorder(v5("will5-clear")).connected()) {
            clear.publish("will5/dev", "", 1, true);
        }
    }
}
