// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import dev.bramble.runtime.testing.JsSuite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The module's JS tests (src/test/js, {@code test-mqtt-*.js}) run through the real launcher against
 * a Mosquitto started here. Each test gets the broker's URLs and a fresh data directory (where the
 * default outbox lives) in its environment.
 */
class MqttJsTest extends JsSuite {

    static Path dir;
    static Mosquitto broker;

    @BeforeAll
    static void startBroker() throws IOException {
        dir = Files.createTempDirectory("bramble-mqtt-js");
        broker = new Mosquitto(dir.resolve("broker"));
    }

    @AfterAll
    static void stopBroker() throws IOException {
        broker.close();
    }

    @Override
    protected Path root() {
        return Path.of("src/test/js");
    }

    @Override
    protected Map<String, String> environment() {
        try {
            return Map.of(
                    "MQTT_URL", broker.url(),
                    "MQTT_TLS_URL", "mqtts://localhost:" + broker.tlsPort,
                    "MQTT_AUTH_URL", "mqtt://127.0.0.1:" + broker.authPort,
                    "MQTT_DEAD_URL", "mqtt://127.0.0.1:" + Mosquitto.freePort(),
                    "MQTT_CA_PEM", Files.readString(TestCerts.get().caPem),
                    "BRAMBLE_DATA_DIR", Files.createTempDirectory(dir, "data").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
