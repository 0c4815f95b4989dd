// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/** A message from the broker; {@code properties} is null on an MQTT 3.1.1 connection. */
public record MqttReceived(String topic, byte[] payload, int qos, boolean retain, boolean dup, int messageId,
        MqttProperties properties) {
}
