// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BrokerUrlTest {

    @Test
    void mqttJsSchemesMapToPahoOnesWithDefaultPorts() {
        assertEquals("tcp://broker.local:1883", BrokerUrl.parse("mqtt://broker.local").pahoUri());
        assertEquals("tcp://broker.local:1884", BrokerUrl.parse("tcp://broker.local:1884").pahoUri());
        assertEquals("ssl://broker.local:8883", BrokerUrl.parse("mqtts://broker.local").pahoUri());
        assertEquals("ssl://broker.local:8883", BrokerUrl.parse("ssl://broker.local").pahoUri());
        assertEquals("ws://h:80/mqtt", BrokerUrl.parse("ws://h").pahoUri());
        assertEquals("wss://h:8884/custom", BrokerUrl.parse("wss://h:8884/custom").pahoUri());
        assertTrue(BrokerUrl.parse("wss://h").isTls());
        assertFalse(BrokerUrl.parse("mqtt://h").isTls());
    }

    @Test
    void theHostPortIsWhatAllowNetNames() {
        assertEquals("127.0.0.1:1883", BrokerUrl.parse("mqtt://127.0.0.1").hostPort());
        assertEquals("[::1]:1883", BrokerUrl.parse("mqtt://[::1]").hostPort());
        assertEquals("tcp://[::1]:1883", BrokerUrl.parse("mqtt://[::1]").pahoUri());
    }

    @Test
    void badUrlsSayWhatIsWrong() {
        assertEquals("Invalid MQTT broker URL 'http://h': unsupported protocol 'http:' (use mqtt://, mqtts://, tcp://, ssl://, ws:// or wss://)",
                assertThrows(IllegalArgumentException.class, () -> BrokerUrl.parse("http://h")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BrokerUrl.parse("broker.local:1883")).getMessage()
                .contains("unsupported protocol"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BrokerUrl.parse("mqtt://")).getMessage().contains("no host"));
    }
}
