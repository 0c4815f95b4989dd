// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * The publishing half of a client: stores QoS 1/2 messages (group commit: one fsync per batch), sends
 * them in order within the in-flight window while connected, and acknowledges them in the store on
 * PUBACK/PUBCOMP. After every reconnect it starts again from the oldest unacknowledged message, so a
 * message in flight when the link dropped is sent again (at least once; duplicates are possible).
 * Confined to the client's actor thread; Paho's completions hop onto it through {@code actor}.
 */
final class OutboxSender {

    /** A QoS 1/2 publish waiting to be stored. */
    record Pending(OutboxMessage message, PublishListener listener) {
    }

    private record Qos0(String topic, byte[] payload, boolean retain, MqttProperties props, PublishListener listener) {
    }

    private static final Byte[] PUBLISH_PROPERTIES = {
        MqttProperties.PAYLOAD_FORMAT_INDICATOR_IDENTIFIER, MqttProperties.MESSAGE_EXPIRY_INTERVAL_IDENTIFIER,
        MqttProperties.CONTENT_TYPE_IDENTIFIER, MqttProperties.RESPONSE_TOPIC_IDENTIFIER,
        MqttProperties.CORRELATION_DATA_IDENTIFIER, MqttProperties.USER_DEFINED_PAIR_IDENTIFIER,
        MqttProperties.TOPIC_ALIAS_IDENTIFIER, MqttProperties.SUBSCRIPTION_IDENTIFIER,
    };

    private final MessageStore store;
    private final MqttOptions opts;
    private final Executor actor;
    private final Consumer<Runnable> emit;
    private final MqttListener listener;
    private final Runnable onProgress;
    private final Map<Long, PublishListener> waiting = new HashMap<>();
    private final Set<Long> inflight = new HashSet<>();
    private final ArrayDeque<Qos0> qos0 = new ArrayDeque<>();
    private Connection conn;
    private long cursor;
    private volatile int queued;

    /**
     * @param emit       runs a listener call on the events executor
     * @param onProgress called on the actor after every acknowledgement (the client checks whether an end() may finish)
     */
    OutboxSender(MessageStore store, MqttOptions opts, Executor actor, Consumer<Runnable> emit, MqttListener listener,
            Runnable onProgress) {
        this.store = store;
        this.opts = opts;
        this.actor = actor;
        this.emit = emit;
        this.listener = listener;
        this.onProgress = onProgress;
        this.queued = store.size();
    }

    static byte[] encode(MqttProperties props) {
        if (props == null) {
            return new byte[0];
        }
        MqttProperties p = new MqttProperties(PUBLISH_PROPERTIES);
        if (props.getPayloadFormat()) {
            p.setPayloadFormat(true);
        }
        p.setMessageExpiryInterval(props.getMessageExpiryInterval());
        p.setContentType(props.getContentType());
        p.setResponseTopic(props.getResponseTopic());
        p.setCorrelationData(props.getCorrelationData());
        p.setUserProperties(props.getUserProperties());
        p.setTopicAlias(props.getTopicAlias());
        p.setSubscriptionIdentifiers(props.getSubscriptionIdentifiers());
        try {
            return p.encodeProperties();
        } catch (org.eclipse.paho.mqttv5.common.MqttException e) {
            throw new IllegalArgumentException("invalid MQTT 5 publish properties: " + e.getMessage(), e);
        }
    }

    static MqttProperties decode(byte[] bytes) throws IOException {
        if (bytes.length == 0) {
            return null;
        }
        MqttProperties p = new MqttProperties(PUBLISH_PROPERTIES);
        try {
            p.decodeProperties(new DataInputStream(new ByteArrayInputStream(bytes)));
        } catch (org.eclipse.paho.mqttv5.common.MqttException e) {
            throw new IOException("stored MQTT 5 properties do not decode", e);
        }
        return p;
    }

    /** Stores a batch with one fsync, tells each listener it is stored, then sends what the window allows. */
    void store(List<Pending> batch) {
        Map<Long, PublishListener> stored = new java.util.LinkedHashMap<>(); // stored() in publish order
        for (Pending p : batch) {
            try {
                long seq = store.append(p.message());
                stored.put(seq, p.listener());
            } catch (OutboxFullException e) {
                fail(p.listener(), new MqttClientException("ERR_MQTT_OUTBOX_FULL", -1, e.getMessage(), e));
            } catch (IOException | RuntimeException e) {
                fail(p.listener(), new MqttClientException("ERR_MQTT_OUTBOX_IO", -1,
                        "MQTT outbox " + store.describe() + " could not store the message: " + e.getMessage(), e));
            }
        }
        if (stored.isEmpty()) {
            return;
        }
        try {
            store.sync();
        } catch (IOException e) {
            // Written but not known to be durable: say so rather than claim it is safe; it may still be sent.
            stored.values().forEach(l -> fail(l, new MqttClientException("ERR_MQTT_OUTBOX_IO", -1,
                    "MQTT outbox " + store.describe() + " could not fsync: " + e.getMessage(), e)));
            stored.clear();
        }
        stored.forEach((seq, l) -> {
            waiting.put(seq, l);
            emit.accept(l::stored);
        });
        queued = store.size();
        pump();
    }

    void publishQos0(String topic, byte[] payload, boolean retain, MqttProperties props, PublishListener l) {
        Qos0 m = new Qos0(topic, payload, retain, props, l);
        if (conn != null) {
            send0(m);
        } else if (opts.queueQoSZero && qos0.size() < opts.qos0QueueLimit) {
            qos0.add(m);
        } else {
            fail(l, new MqttClientException("ERR_MQTT_OFFLINE", "QoS 0 message dropped: client is offline"
                    + (opts.queueQoSZero ? " and " + opts.qos0QueueLimit + " QoS 0 messages are already queued" : "")));
        }
    }

    private void send0(Qos0 m) {
        Connection c = conn;
        try {
            c.publish(m.topic(), m.payload(), 0, m.retain(), opts.protocolVersion == 5 ? m.props() : null,
                    (v, err) -> emit.accept(() -> m.listener().completed(err == null ? null : Errors.of(err))));
        } catch (MqttClientException e) {
            fail(m.listener(), e);
        }
    }

    void connected(Connection c) {
        conn = c;
        inflight.clear();
        cursor = 0;
        while (!qos0.isEmpty() && conn != null) {
            send0(qos0.poll());
        }
        expire();
        pump();
    }

    void disconnected() {
        conn = null;
        inflight.clear();
        cursor = 0;
    }

    /** Nothing left to deliver: what a graceful end() waits for. */
    boolean drained() {
        return store.size() == 0 && qos0.isEmpty();
    }

    int queued() {
        return queued + qos0.size();
    }

    void expire() {
        try {
            int n = store.expire(System.currentTimeMillis(), seq -> {
                PublishListener l = waiting.remove(seq);
                if (l != null) {
                    fail(l, new MqttClientException("ERR_MQTT_OUTBOX_EXPIRED", "MQTT message dropped: undelivered for longer than "
                            + "the outbox's maxAge of " + opts.outboxLimits.maxAge()));
                }
            });
            if (n > 0) {
                queued = store.size();
                emit.accept(() -> listener.onOutboxExpired(n));
            }
        } catch (IOException e) {
            // The next append or ack reports the broken store.
        }
    }

    private int window() {
        return Math.max(1, Math.min(opts.maxInflight, conn == null ? 1 : conn.receiveMaximum()));
    }

    /** Sends stored messages, oldest first, while connected and the in-flight window has room. */
    void pump() {
        while (conn != null && inflight.size() < window()) {
            long seq = store.next(cursor);
            if (seq < 0) {
                return;
            }
            OutboxMessage m;
            MqttProperties props;
            try {
                m = store.read(seq);
                props = opts.protocolVersion == 5 ? decode(m.properties()) : null;
            } catch (IOException e) {
                drop(seq, new MqttClientException("ERR_MQTT_OUTBOX_IO", -1, "unreadable outbox record dropped: " + e.getMessage(), e));
                continue;
            }
            Connection c = conn;
            try {
                c.publish(m.topic(), m.payload(), m.qos(), m.retain(), props,
                        (v, err) -> actor.execute(() -> delivered(c, seq, err)));
            } catch (MqttClientException e) {
                if (e.code().equals("ERR_INVALID_ARG_VALUE")) {
                    drop(seq, e); // can never be sent: do not block the queue behind it
                    continue;
                }
                return; // window full in Paho or the link just dropped: an ack or the reconnect resumes
            }
            cursor = seq;
            inflight.add(seq);
        }
    }

    private void delivered(Connection c, long seq, Throwable err) {
        if (c == conn) {
            inflight.remove(seq);
        }
        if (err == null) {
            ack(seq, null);
        } else if (err instanceof MqttClientException e && e.code().equals("ERR_MQTT_REJECTED")) {
            ack(seq, e); // the broker answered; retrying would block everything behind it
        }
        // Otherwise the link failed: the message stays stored and goes again after the reconnect.
        pump();
        onProgress.run();
    }

    private void ack(long seq, MqttClientException error) {
        try {
            store.ack(seq);
        } catch (IOException e) {
            // An ACK that did not reach the disk costs one duplicate after a restart, nothing more.
        }
        queued = store.size();
        PublishListener l = waiting.remove(seq);
        if (l != null) {
            emit.accept(() -> l.completed(error));
        }
    }

    private void drop(long seq, MqttClientException error) {
        ack(seq, error);
    }

    /** The client ended: callbacks still waiting learn that their message was not acknowledged in this run. */
    void failWaiting(boolean persistent) {
        String where = persistent ? "; it stays in the outbox and is sent on the next connect" : "";
        waiting.values().forEach(l -> fail(l, new MqttClientException("ERR_MQTT_CLIENT_CLOSED",
                "client ended before the broker acknowledged the message" + where)));
        waiting.clear();
        qos0.forEach(m -> fail(m.listener(), new MqttClientException("ERR_MQTT_CLIENT_CLOSED", "client ended before sending")));
        qos0.clear();
    }

    private void fail(PublishListener l, MqttClientException e) {
        emit.accept(() -> l.completed(e));
    }
}
