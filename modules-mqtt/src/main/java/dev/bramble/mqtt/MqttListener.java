// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * What an {@link MqttClient} reports, in MQTT.js's event vocabulary. Every call arrives through the
 * Executor given to the client (the JS loop, for the binding), one at a time and in order.
 */
public interface MqttListener {

    /** CONNACK accepted; {@code connack} holds the MQTT 5 properties (null on 3.1.1). */
    default void onConnect(boolean sessionPresent, MqttProperties connack) {
    }

    /** A reconnect attempt starts. */
    default void onReconnect() {
    }

    /** The connection (or a connection attempt) ended. */
    default void onClose() {
    }

    /** The client lost its connection and is now reconnecting (once per outage). */
    default void onOffline() {
    }

    /** A broker refusal (CONNACK code), TLS failure or similar; plain network errors only close and reconnect. */
    default void onError(MqttClientException e) {
    }

    default void onMessage(MqttReceived m) {
    }

    /** An MQTT 5 DISCONNECT sent by the broker. */
    default void onDisconnect(int reasonCode, MqttProperties props) {
    }

    /** Undelivered messages dropped because they outlived the outbox's age limit. */
    default void onOutboxExpired(int count) {
    }

    /** {@link MqttClient#end} finished: the connection is closed and the outbox flushed and closed. */
    default void onEnd() {
    }
}
