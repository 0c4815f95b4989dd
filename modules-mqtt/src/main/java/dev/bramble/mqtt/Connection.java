// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import java.util.List;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * One network connection to the broker, from CONNECT to its end, over one Paho client instance.
 * A reconnect makes a new one, so Paho carries no state between connections: the outbox alone
 * decides what is resent. After {@link #connect}, exactly one of {@link Events#connected} or
 * {@link Events#failed} follows, and after connected at most one {@link Events#lost}.
 * Events and completions arrive on Paho's threads.
 */
interface Connection {

    void connect();

    void publish(String topic, byte[] payload, int qos, boolean retain, MqttProperties props, Completion<Void> done)
            throws MqttClientException;

    /** Completes with the granted QoS (or MQTT 5 reason code, >= 0x80 for a refusal) of each filter. */
    void subscribe(List<Subscription> subs, MqttProperties props, Completion<int[]> done) throws MqttClientException;

    void unsubscribe(List<String> topics, MqttProperties props, Completion<Void> done) throws MqttClientException;

    /** Sends DISCONNECT (so the broker discards the will) and closes; {@code done} runs when finished either way. */
    void disconnect(long timeoutMs, Runnable done);

    /** Drops the socket without DISCONNECT, as a crash would (the broker publishes the will), and frees Paho's threads. */
    void kill();

    /** How many QoS 1/2 publishes the broker accepts unacknowledged (MQTT 5 Receive Maximum). */
    int receiveMaximum();

    @FunctionalInterface
    interface Completion<T> {
        void done(T value, Throwable error);
    }

    interface Events {
        void connected(Connection c, boolean sessionPresent, MqttProperties connack);

        void failed(Connection c, Throwable cause);

        void lost(Connection c, Throwable cause);

        /** An MQTT 5 DISCONNECT from the broker (before {@link #lost}). */
        void disconnectedByBroker(Connection c, int reasonCode, MqttProperties props);

        void message(Connection c, MqttReceived m);
    }
}
