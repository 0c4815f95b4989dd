// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

/**
 * A QoS 1/2 publish as the outbox keeps it.
 *
 * @param properties MQTT 5 publish properties in wire format (Paho's {@code MqttProperties.encodeProperties()}),
 *                   or an empty array; an MQTT 3.1.1 connection ignores them
 * @param timestamp  wall-clock milliseconds when the app published it; the outbox's age limit is measured from it
 */
public record OutboxMessage(String topic, byte[] payload, int qos, boolean retain, byte[] properties, long timestamp) {

    public OutboxMessage {
        if (qos < 1 || qos > 2) {
            throw new IllegalArgumentException("only QoS 1 and 2 messages go through the outbox, not QoS " + qos);
        }
        properties = properties == null ? new byte[0] : properties;
    }
}
