// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import dev.bramble.runtime.spi.Host;
import dev.bramble.runtime.spi.Loop;
import dev.bramble.runtime.spi.Permissions.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The ops of {@code internalBinding('mqtt')}, all in one place. The JS glue (mqtt.js) validates and
 * normalizes arguments first; ops run on the loop thread, and every event and callback comes back to
 * it through {@code loop.execute}. Errors reach callbacks as {@code (code, reasonCode, message)}, which
 * the glue turns into Error objects shaped as MQTT.js makes them.
 */
public final class MqttBinding {

    private final Host host;

    public MqttBinding(Host host) {
        this.host = host;
    }

    /** One client as JS holds it: opaque to JS, handed back to the ops. */
    public static final class Client {
        final MqttClient client;

        Client(MqttClient client) {
            this.client = client;
        }
    }

    /** {@code [protocol, host, port, path]} of a broker URL, or a TypeError with code ERR_INVALID_URL. */
    @HostAccess.Export
    public Object[] parseUrl(String url) {
        try {
            BrokerUrl u = BrokerUrl.parse(url);
            return new Object[] {u.scheme(), u.host(), u.port(), u.path()};
        } catch (IllegalArgumentException e) {
            throw host.errors().throwError("TypeError", "ERR_INVALID_URL", e.getMessage());
        }
    }

    /**
     * Opens the outbox and starts connecting. {@code o} is the glue's normalized options object;
     * {@code onEvent(name, ...)} receives connect/reconnect/close/offline/error/message/disconnect/end.
     */
    @HostAccess.Export
    public Client connect(String protocol, String hostName, int port, String path, Value o, Value onEvent) {
        host.permissions().check(Kind.NET, new BrokerUrl(protocol, hostName, port, path).hostPort(), "mqtt.connect()");
        MqttOptions opts = options(new BrokerUrl(protocol, hostName, port, path), o);
        Loop.Handle handle = host.loop().handle("mqtt client " + opts.url);
        Events events = new Events(onEvent, handle, opts.reconnectPeriodMs == 0);
        MqttClient client;
        try {
            client = open(opts, o.getMember("outbox"), events);
        } catch (IllegalArgumentException e) {
            handle.close();
            throw host.errors().throwError("TypeError", "ERR_INVALID_ARG_VALUE", e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            handle.close();
            throw host.errors().throwError("Error", "ERR_MQTT_OUTBOX_IO", "MQTT outbox cannot be opened: " + e.getMessage());
        }
        Outbox.Recovery r = client.outboxRecovery();
        if (r != null && !r.problems().isEmpty()) {
            System.err.println("bramble: mqtt outbox " + opts.outboxDir + ": " + String.join("; ", r.problems()));
        }
        // At exit, whatever publish() accepted is stored before the process goes (end(true) semantics).
        host.loop().onExit(client::shutdownNow);
        client.connect();
        return new Client(client);
    }

    private MqttOptions options(BrokerUrl url, Value o) {
        MqttOptions opts = new MqttOptions();
        opts.url = url;
        opts.clientId = o.getMember("clientId").asString();
        opts.username = str(o, "username");
        opts.password = has(o, "password") ? host.bytes(o.getMember("password")) : null;
        opts.keepaliveSeconds = o.getMember("keepalive").asInt();
        opts.clean = o.getMember("clean").asBoolean();
        opts.reconnectPeriodMs = o.getMember("reconnectPeriod").asLong();
        opts.connectTimeoutMs = o.getMember("connectTimeout").asLong();
        opts.protocolVersion = o.getMember("protocolVersion").asInt();
        opts.resubscribe = o.getMember("resubscribe").asBoolean();
        opts.queueQoSZero = o.getMember("queueQoSZero").asBoolean();
        opts.maxInflight = o.getMember("maxInflight").asInt();
        opts.connectProperties = JsProps.fromJs(o.getMember("properties"), host);
        if (has(o, "will")) {
            Value w = o.getMember("will");
            opts.will = new Will(w.getMember("topic").asString(), host.bytes(w.getMember("payload")), w.getMember("qos").asInt(),
                    w.getMember("retain").asBoolean(), JsProps.fromJs(w.getMember("properties"), host));
        }
        List<String> ca = new ArrayList<>();
        Value caList = o.getMember("ca");
        for (long i = 0; caList != null && caList.hasArrayElements() && i < caList.getArraySize(); i++) {
            ca.add(caList.getArrayElement(i).asString());
        }
        opts.tls = new TlsOptions(ca, str(o, "cert"), str(o, "key"), o.getMember("rejectUnauthorized").asBoolean());
        return opts;
    }

    /** Opens the client with its store: the disk outbox unless {@code outbox: false}. */
    private MqttClient open(MqttOptions opts, Value outbox, Events events) throws IOException {
        if (outbox.isBoolean() && !outbox.asBoolean()) {
            opts.outboxDir = null;
            return new MqttClient(opts, host.loop()::execute, events);
        }
        long maxBytes = has(outbox, "maxBytes") ? outbox.getMember("maxBytes").asLong() : Outbox.Limits.DEFAULT_MAX_BYTES;
        Duration maxAge = has(outbox, "maxAge") ? Duration.ofMillis(outbox.getMember("maxAge").asLong()) : Outbox.Limits.DEFAULT_MAX_AGE;
        opts.outboxLimits = Outbox.Limits.of(maxBytes, maxAge);
        if (has(outbox, "dir")) {
            Path dir = Path.of(outbox.getMember("dir").asString()).toAbsolutePath().normalize();
            host.permissions().check(Kind.WRITE, dir.toString(), "mqtt.connect()");
            opts.outboxDir = dir;
            return new MqttClient(opts, host.loop()::execute, events);
        }
        // One outbox per broker in the app's data directory, whatever the client id (MQTT.js makes up a
        // random one per run, which would strand messages). A second client to the same broker gets "-2".
        Path base = host.dataDir().resolve("mqtt-outbox").resolve((opts.url.host() + "_" + opts.url.port()).replaceAll("[^A-Za-z0-9._-]", "_"));
        for (int i = 1; ; i++) {
            opts.outboxDir = i == 1 ? base : base.resolveSibling(base.getFileName() + "-" + i);
            try {
                return new MqttClient(opts, host.loop()::execute, events);
            } catch (Outbox.LockedException e) {
                if (i == 32) {
                    throw e;
                }
            }
        }
    }

    @HostAccess.Export
    public void publish(Client c, String topic, Value payload, int qos, boolean retain, Value props, Value cb) {
        c.client.publish(topic, host.bytes(payload), qos, retain, JsProps.fromJs(props, host), error -> callback(cb, error));
    }

    /** {@code filters}: array of {@code {topic, qos, nl, rap, rh}}; {@code cb(code, rc, message, granted[])}. */
    @HostAccess.Export
    public void subscribe(Client c, Value filters, Value props, Value cb) {
        List<Subscription> subs = new ArrayList<>();
        for (long i = 0; i < filters.getArraySize(); i++) {
            Value f = filters.getArrayElement(i);
            subs.add(new Subscription(f.getMember("topic").asString(), f.getMember("qos").asInt(),
                    f.getMember("nl").asBoolean(), f.getMember("rap").asBoolean(), f.getMember("rh").asInt()));
        }
        c.client.subscribe(subs, JsProps.fromJs(props, host), (granted, error) -> {
            if (error != null) {
                callback(cb, error);
            } else {
                host.loop().call(cb, null, -1, null, granted);
            }
        });
    }

    @HostAccess.Export
    public void unsubscribe(Client c, Value topics, Value props, Value cb) {
        List<String> list = new ArrayList<>();
        for (long i = 0; i < topics.getArraySize(); i++) {
            list.add(topics.getArrayElement(i).asString());
        }
        c.client.unsubscribe(list, JsProps.fromJs(props, host), error -> callback(cb, error));
    }

    @HostAccess.Export
    public void end(Client c, boolean force, Value cb) {
        c.client.end(force, () -> host.loop().call(cb));
    }

    @HostAccess.Export
    public boolean connected(Client c) {
        return c.client.connected();
    }

    /** Messages waiting: stored QoS 1/2 ones not yet acknowledged, and QoS 0 ones queued while offline. */
    @HostAccess.Export
    public int queued(Client c) {
        return c.client.queued();
    }

    /** The outbox directory, or null when messages are kept in memory. */
    @HostAccess.Export
    public String outboxDir(Client c) {
        Path dir = c.client.options().outboxDir;
        return dir == null ? null : dir.toString();
    }

    private void callback(Value cb, MqttClientException error) {
        if (cb == null || cb.isNull()) {
            return;
        }
        if (error == null) {
            host.loop().call(cb);
        } else {
            host.loop().call(cb, error.code(), error.reasonCode(), error.getMessage());
        }
    }

    private static boolean has(Value o, String key) {
        Value v = o.getMember(key);
        return v != null && !v.isNull();
    }

    private static String str(Value o, String key) {
        return has(o, key) ? o.getMember(key).asString() : null;
    }

    /** Client events, already on the loop thread (the client's Executor is {@code loop.execute}). */
    private final class Events implements MqttListener {
        private final Value onEvent;
        private final Loop.Handle handle;
        private final boolean noReconnect;

        Events(Value onEvent, Loop.Handle handle, boolean noReconnect) {
            this.onEvent = onEvent;
            this.handle = handle;
            this.noReconnect = noReconnect;
        }

        @Override
        public void onConnect(boolean sessionPresent, MqttProperties connack) {
            handle.ref();
            host.loop().call(onEvent, "connect", sessionPresent, JsProps.connack(connack));
        }

        @Override
        public void onReconnect() {
            host.loop().call(onEvent, "reconnect");
        }

        @Override
        public void onClose() {
            if (noReconnect) {
                // reconnectPeriod 0: nothing will happen on its own any more, so do not hold the process.
                handle.unref();
            }
            host.loop().call(onEvent, "close");
        }

        @Override
        public void onOffline() {
            host.loop().call(onEvent, "offline");
        }

        @Override
        public void onError(MqttClientException e) {
            host.loop().call(onEvent, "error", e.code(), e.reasonCode(), e.getMessage());
        }

        @Override
        public void onMessage(MqttReceived m) {
            host.loop().call(onEvent, "message", m.topic(), host.buffer(m.payload()), m.qos(), m.retain(), m.dup(),
                    m.messageId(), JsProps.message(m.properties()));
        }

        @Override
        public void onDisconnect(int reasonCode, MqttProperties props) {
            host.loop().call(onEvent, "disconnect", reasonCode, JsProps.connack(props));
        }

        @Override
        public void onOutboxExpired(int count) {
            host.loop().call(onEvent, "outboxexpired", count);
        }

        @Override
        public void onEnd() {
            handle.close();
            host.loop().call(onEvent, "end");
        }
    }
}
