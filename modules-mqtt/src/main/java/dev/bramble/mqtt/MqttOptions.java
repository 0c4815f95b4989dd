// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import java.nio.file.Path;
import java.util.Objects;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * Connection options, named and defaulted as in MQTT.js. A plain mutable holder: the JS binding
 * fills it field by field from the options object, and {@link MqttClient} takes a copy of it.
 */
public final class MqttOptions {

    public BrokerUrl url;
    /** MQTT.js makes up {@code mqttjs_xxxxxxxx}; Bramble makes up {@code bramble_xxxxxxxx}. */
    public String clientId = "bramble_" + java.util.HexFormat.of().toHexDigits(java.util.concurrent.ThreadLocalRandom.current().nextInt());
    public String username;
    public byte[] password;
    public int keepaliveSeconds = 60;
    public boolean clean = true;
    /** Milliseconds between reconnect attempts; 0 turns reconnecting off. */
    public long reconnectPeriodMs = 1000;
    public long connectTimeoutMs = 30_000;
    public Will will;
    /** 4 = MQTT 3.1.1 (Paho mqttv3), 5 = MQTT 5 (Paho mqttv5), 3 = MQTT 3.1. */
    public int protocolVersion = 4;
    public TlsOptions tls = TlsOptions.defaults();
    /** MQTT 5 CONNECT properties (sessionExpiryInterval, receiveMaximum, userProperties, ...), or null. */
    public MqttProperties connectProperties;
    /** Subscribe again after a reconnect when the broker kept no session, as MQTT.js does. */
    public boolean resubscribe = true;
    /** QoS 1/2 messages sent but not yet acknowledged at once; an MQTT 5 broker's Receive Maximum lowers it. */
    public int maxInflight = 100;
    /** QoS 0 messages published while offline are held in memory (MQTT.js's queueQoSZero) up to this many. */
    public boolean queueQoSZero = true;
    public int qos0QueueLimit = 10_000;
    /** Directory of the disk outbox, or null to keep QoS 1/2 messages in memory only. */
    public Path outboxDir;
    public Outbox.Limits outboxLimits = Outbox.Limits.defaults();
    /** Built from {@link #tls} once by the client, so bad PEM options fail at connect() rather than every reconnect. */
    javax.net.ssl.SSLSocketFactory tlsFactory;

    public MqttOptions copy() {
        MqttOptions o = new MqttOptions();
        o.url = url;
        o.clientId = clientId;
        o.username = username;
        o.password = password == null ? null : password.clone();
        o.keepaliveSeconds = keepaliveSeconds;
        o.clean = clean;
        o.reconnectPeriodMs = reconnectPeriodMs;
        o.connectTimeoutMs = connectTimeoutMs;
        o.will = will;
        o.protocolVersion = protocolVersion;
        o.tls = tls;
        o.connectProperties = connectProperties;
        o.resubscribe = resubscribe;
        o.maxInflight = maxInflight;
        o.queueQoSZero = queueQoSZero;
        o.qos0QueueLimit = qos0QueueLimit;
        o.outboxDir = outboxDir;
        o.outboxLimits = outboxLimits;
        o.tlsFactory = tlsFactory;
        return o;
    }

    /** Throws IllegalArgumentException naming the first bad option. */
    public void validate() {
        Objects.requireNonNull(url, "url");
        if (protocolVersion != 3 && protocolVersion != 4 && protocolVersion != 5) {
            throw new IllegalArgumentException("protocolVersion must be 3, 4 (MQTT 3.1.1) or 5, not " + protocolVersion);
        }
        if (keepaliveSeconds < 0 || keepaliveSeconds > 65535) {
            throw new IllegalArgumentException("keepalive must be 0..65535 seconds, not " + keepaliveSeconds);
        }
        if (reconnectPeriodMs < 0 || connectTimeoutMs <= 0) {
            throw new IllegalArgumentException("reconnectPeriod must be >= 0 and connectTimeout > 0");
        }
        if (maxInflight < 1 || maxInflight > 65535) {
            throw new IllegalArgumentException("maxInflight must be 1..65535, not " + maxInflight);
        }
        if (clientId == null || (clientId.isEmpty() && !clean && protocolVersion != 5)) {
            throw new IllegalArgumentException("clientId must be given when clean is false");
        }
        if (will != null && (will.topic() == null || will.topic().isEmpty() || will.qos() < 0 || will.qos() > 2)) {
            throw new IllegalArgumentException("will needs a topic and a qos of 0, 1 or 2");
        }
    }
}
