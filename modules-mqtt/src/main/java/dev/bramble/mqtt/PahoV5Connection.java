// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/** An MQTT 5 connection over Paho's mqttv5 client. */
final class PahoV5Connection implements Connection {

    private static final int CONNECTION_LOST = 32109;

    private final MqttOptions opts;
    private final Events events;
    private final MqttAsyncClient client;
    private final AtomicBoolean over = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile int receiveMaximum = 65535;

    PahoV5Connection(MqttOptions opts, Events events) throws MqttClientException {
        this.opts = opts;
        this.events = events;
        try {
            client = new MqttAsyncClient(opts.url.pahoUri(), opts.clientId, new MemoryPersistence());
        } catch (MqttException | IllegalArgumentException e) {
            throw new MqttClientException("ERR_INVALID_ARG_VALUE", -1, "MQTT client cannot be created: " + e.getMessage(), e);
        }
    }

    @Override
    public void connect() {
        MqttConnectionOptions co = new MqttConnectionOptions();
        co.setCleanStart(opts.clean);
        co.setKeepAliveInterval(opts.keepaliveSeconds);
        co.setConnectionTimeout((int) Math.max(1, (opts.connectTimeoutMs + 999) / 1000));
        co.setAutomaticReconnect(false);
        // Paho would number subscriptions itself; MQTT.js users set subscriptionIdentifier explicitly.
        co.setUseSubscriptionIdentifiers(false);
        if (opts.username != null) {
            co.setUserName(opts.username);
        }
        if (opts.password != null) {
            co.setPassword(opts.password);
        }
        MqttProperties p = opts.connectProperties;
        if (p != null) {
            co.setSessionExpiryInterval(p.getSessionExpiryInterval());
            co.setReceiveMaximum(p.getReceiveMaximum());
            co.setMaximumPacketSize(p.getMaximumPacketSize());
            co.setTopicAliasMaximum(p.getTopicAliasMaximum());
            if (p.requestResponseInfo() != null) {
                co.setRequestResponseInfo(p.requestResponseInfo());
            }
            if (p.requestProblemInfo() != null) {
                co.setRequestProblemInfo(p.requestProblemInfo());
            }
            co.setUserProperties(p.getUserProperties());
            co.setAuthMethod(p.getAuthenticationMethod());
            co.setAuthData(p.getAuthenticationData());
        }
        if (opts.will != null) {
            Will w = opts.will;
            co.setWill(w.topic(), new MqttMessage(w.payload(), w.qos(), w.retain(), null));
            if (w.properties() != null) {
                co.setWillMessageProperties(w.properties());
            }
        }
        try {
            if (opts.url.isTls()) {
                co.setSocketFactory(opts.tlsFactory);
                co.setHttpsHostnameVerificationEnabled(opts.tls.rejectUnauthorized());
            }
            client.setCallback(new Callback());
            client.connect(co, null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    MqttProperties connack = token.getResponseProperties();
                    if (connack != null && connack.getReceiveMaximum() != null) {
                        receiveMaximum = connack.getReceiveMaximum();
                    }
                    events.connected(PahoV5Connection.this, token.getSessionPresent(), connack);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    if (over.compareAndSet(false, true)) {
                            events.failed(PahoV5Connection.this, e);
                    }
                }
            });
        } catch (Exception e) {
            if (over.compareAndSet(false, true)) {
                    events.failed(this, e);
            }
        }
    }

    private final class Callback implements MqttCallback {
        @Override
        public void disconnected(MqttDisconnectResponse r) {
            if (r.getException() == null && r.getReturnCode() != 0) {
                MqttProperties props = new MqttProperties();
                props.setReasonString(r.getReasonString());
                props.setServerReference(r.getServerReference());
                props.setUserProperties(r.getUserProperties());
                events.disconnectedByBroker(PahoV5Connection.this, r.getReturnCode(), props);
            }
            if (over.compareAndSet(false, true)) {
                events.lost(PahoV5Connection.this, r.getException() != null ? r.getException()
                        : new MqttException(CONNECTION_LOST));
            }
        }

        @Override
        public void mqttErrorOccurred(MqttException e) {
            // Protocol errors end in disconnected() as well; nothing to add here.
        }

        @Override
        public void messageArrived(String topic, MqttMessage m) {
            events.message(PahoV5Connection.this, new MqttReceived(topic, m.getPayload(), m.getQos(), m.isRetained(),
                    m.isDuplicate(), m.getId(), m.getProperties()));
        }

        @Override
        public void deliveryComplete(IMqttToken token) {
        }

        @Override
        public void connectComplete(boolean reconnect, String serverURI) {
        }

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {
        }
    }

    @Override
    public void publish(String topic, byte[] payload, int qos, boolean retain, MqttProperties props, Completion<Void> done)
            throws MqttClientException {
        try {
            client.publish(topic, new MqttMessage(payload, qos, retain, props), null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    // A PUBACK/PUBREC with a failure reason code (>= 0x80) completes the token "successfully".
                    int[] rc = token.getReasonCodes();
                    int code = rc == null || rc.length == 0 ? 0 : rc[0];
                    done.done(null, code < 0x80 ? null
                            : new MqttClientException("ERR_MQTT_REJECTED", code, "broker refused the publish: reason code " + code, null));
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    done.done(null, e);
                }
            });
        } catch (MqttException | IllegalArgumentException e) {
            throw Errors.of(e);
        }
    }

    @Override
    public void subscribe(List<Subscription> subs, MqttProperties props, Completion<int[]> done) throws MqttClientException {
        MqttSubscription[] s = new MqttSubscription[subs.size()];
        for (int i = 0; i < s.length; i++) {
            Subscription sub = subs.get(i);
            s[i] = new MqttSubscription(sub.topic(), sub.qos());
            s[i].setNoLocal(sub.noLocal());
            s[i].setRetainAsPublished(sub.retainAsPublished());
            s[i].setRetainHandling(sub.retainHandling());
        }
        try {
            client.subscribe(s, null, listener(done, IMqttToken::getReasonCodes), props == null ? new MqttProperties() : props);
        } catch (MqttException | IllegalArgumentException e) {
            throw Errors.of(e);
        }
    }

    @Override
    public void unsubscribe(List<String> topics, MqttProperties props, Completion<Void> done) throws MqttClientException {
        try {
            client.unsubscribe(topics.toArray(String[]::new), null, listener(done, t -> null),
                    props == null ? new MqttProperties() : props);
        } catch (MqttException | IllegalArgumentException e) {
            throw Errors.of(e);
        }
    }

    private static <T> MqttActionListener listener(Completion<T> done, Function<IMqttToken, T> value) {
        return new MqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {
                done.done(value.apply(token), null);
            }

            @Override
            public void onFailure(IMqttToken token, Throwable e) {
                done.done(null, e);
            }
        };
    }

    @Override
    public void disconnect(long timeoutMs, Runnable done) {
        over.set(true);
        try {
            client.disconnect(timeoutMs, null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    done.run();
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    kill();
                    done.run();
                }
            }, 0, new MqttProperties());
        } catch (MqttException e) {
            kill();
            done.run();
        }
    }

    @Override
    public void kill() {
        over.set(true);
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            client.disconnectForcibly(0, 1000, false);
        } catch (MqttException | RuntimeException e) {
            // already down
        }
    }

    @Override
    public int receiveMaximum() {
        return receiveMaximum;
    }
}
