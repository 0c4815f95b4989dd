// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/** The last will the broker publishes when the connection ends without a DISCONNECT; {@code properties} MQTT 5 only. */
public record Will(String topic, byte[] payload, int qos, boolean retain, MqttProperties properties) {
}
