// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/** An MQTT 3.1.1 (or 3.1) connection over Paho's mqttv3 client. */
final class PahoV3Connection implements Connection {

    private final MqttOptions opts;
    private final Events events;
    private final MqttAsyncClient client;
    private final AtomicBoolean over = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    PahoV3Connection(MqttOptions opts, Events events) throws MqttClientException {
        this.opts = opts;
        this.events = events;
        try {
            // Memory persistence, fresh per connection: Paho must not resend anything on its own.
            client = new MqttAsyncClient(opts.url.pahoUri(), opts.clientId, new MemoryPersistence());
        } catch (MqttException | IllegalArgumentException e) {
            throw new MqttClientException("ERR_INVALID_ARG_VALUE", -1, "MQTT client cannot be created: " + e.getMessage(), e);
        }
    }

    @Override
    public void connect() {
        MqttConnectOptions co = new MqttConnectOptions();
        co.setMqttVersion(opts.protocolVersion == 3 ? MqttConnectOptions.MQTT_VERSION_3_1 : MqttConnectOptions.MQTT_VERSION_3_1_1);
        co.setCleanSession(opts.clean);
        co.setKeepAliveInterval(opts.keepaliveSeconds);
        co.setConnectionTimeout((int) Math.max(1, (opts.connectTimeoutMs + 999) / 1000));
        co.setAutomaticReconnect(false);
        co.setMaxInflight(opts.maxInflight);
        if (opts.username != null) {
            co.setUserName(opts.username);
        }
        if (opts.password != null) {
            co.setPassword(new String(opts.password, java.nio.charset.StandardCharsets.UTF_8).toCharArray());
        }
        if (opts.will != null) {
            co.setWill(opts.will.topic(), opts.will.payload(), opts.will.qos(), opts.will.retain());
        }
        try {
            if (opts.url.isTls()) {
                co.setSocketFactory(opts.tlsFactory);
                co.setHttpsHostnameVerificationEnabled(opts.tls.rejectUnauthorized());
            }
            client.setCallback(new Callback());
            client.connect(co, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    events.connected(PahoV3Connection.this, token.getSessionPresent(), null);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    if (over.compareAndSet(false, true)) {
                        events.failed(PahoV3Connection.this, e);
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
        public void connectionLost(Throwable cause) {
            if (over.compareAndSet(false, true)) {
                events.lost(PahoV3Connection.this, cause);
            }
        }

        @Override
        public void messageArrived(String topic, MqttMessage m) {
            events.message(PahoV3Connection.this,
                    new MqttReceived(topic, m.getPayload(), m.getQos(), m.isRetained(), m.isDuplicate(), m.getId(), null));
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // Each publish carries its own listener.
        }
    }

    @Override
    public void publish(String topic, byte[] payload, int qos, boolean retain, MqttProperties props, Completion<Void> done)
            throws MqttClientException {
        MqttMessage m = new MqttMessage(payload);
        m.setQos(qos);
        m.setRetained(retain);
        try {
            client.publish(topic, m, null, listener(done, t -> null));
        } catch (MqttException | IllegalArgumentException e) {
            throw Errors.of(e);
        }
    }

    @Override
    public void subscribe(List<Subscription> subs, MqttProperties props, Completion<int[]> done) throws MqttClientException {
        String[] topics = subs.stream().map(Subscription::topic).toArray(String[]::new);
        int[] qos = subs.stream().mapToInt(Subscription::qos).toArray();
        try {
            client.subscribe(topics, qos, null, listener(done, IMqttToken::getGrantedQos));
        } catch (MqttException | IllegalArgumentException e) {
            throw Errors.of(e);
        }
    }

    @Override
    public void unsubscribe(List<String> topics, MqttProperties props, Completion<Void> done) throws MqttClientException {
        try {
            client.unsubscribe(topics.toArray(String[]::new), null, listener(done, t -> null));
        } catch (MqttException | IllegalArgumentException e) {
            throw Errors.of(e);
        }
    }

    private static <T> IMqttActionListener listener(Completion<T> done, java.util.function.Function<IMqttToken, T> value) {
        return new IMqttActionListener() {
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
            client.disconnect(timeoutMs, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    done.run();
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    kill();
                    done.run();
                }
            });
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
        return opts.maxInflight;
    }
}
