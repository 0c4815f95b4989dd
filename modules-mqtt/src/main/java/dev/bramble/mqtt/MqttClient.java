// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * An MQTT client with MQTT.js's behaviour over Paho: reconnects every {@code reconnectPeriod}, restores
 * subscriptions when the broker kept no session, queues while offline, and keeps QoS 1/2 messages in
 * a {@link MessageStore} (the disk {@link Outbox} by default) until the broker acknowledges them.
 *
 * <p>Threads: all state lives on one private actor thread; Paho's threads only hand events to it.
 * Every listener call goes through the {@code events} Executor given to the constructor (the JS loop
 * for the binding), so Paho never calls user code. The public methods may be called from any thread.
 */
public final class MqttClient {

    // Paho logs routine packets at INFO through java.util.logging, which would land on the app's stderr.
    // Held in a static field: JUL keeps loggers weakly and would forget the level.
    private static final java.util.logging.Logger PAHO_LOG = java.util.logging.Logger.getLogger("org.eclipse.paho");

    static {
        PAHO_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private enum State { NEW, RUNNING, ENDING, ENDED }

    /** A subscribe/unsubscribe made while offline, and whom to tell if the client ends first. */
    private record QueuedOp(SubscribeListener onClosed, Runnable op) {
    }

    private final MqttOptions opts;
    private final Executor events;
    private final MqttListener listener;
    private final ScheduledExecutorService actor;
    private final MessageStore store;
    private final OutboxSender sender;
    private final ConcurrentLinkedQueue<OutboxSender.Pending> appends = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    private final Outbox.Recovery recovery;

    // Actor state.
    private volatile State state = State.NEW;
    private volatile boolean connected;
    private Connection conn;
    private ScheduledFuture<?> reconnectTimer;
    private ScheduledFuture<?> expiryTimer;
    private boolean offlineReported;
    private final Map<String, Subscription> subscriptions = new LinkedHashMap<>();
    private final ArrayDeque<QueuedOp> whenConnected = new ArrayDeque<>();
    private final List<Runnable> endCallbacks = new ArrayList<>();

    /**
     * Opens the store (replaying the disk outbox) but does not connect yet; see {@link #connect}.
     *
     * @throws IllegalArgumentException for invalid options (including unreadable TLS certificates or keys)
     * @throws IOException if the outbox cannot be opened (e.g. another client holds it)
     */
    public MqttClient(MqttOptions options, Executor events, MqttListener listener) throws IOException {
        this.opts = options.copy();
        opts.validate();
        if (opts.url.isTls()) {
            try {
                opts.tlsFactory = PemTls.socketFactory(opts.tls);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalArgumentException("Invalid TLS options: " + e.getMessage(), e);
            }
        }
        this.events = events;
        this.listener = listener;
        if (opts.outboxDir != null) {
            Outbox box = Outbox.open(opts.outboxDir, opts.outboxLimits);
            this.store = box;
            this.recovery = box.recovery();
        } else {
            this.store = new MemoryStore(opts.outboxLimits);
            this.recovery = null;
        }
        this.actor = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().daemon().name("bramble-mqtt-" + opts.clientId).unstarted(r));
        this.sender = new OutboxSender(store, opts, this::onActor, this::emit, listener, this::checkEnd);
    }

    /** What replaying the disk outbox found (messages pending again, torn bytes cut off); null without one. */
    public Outbox.Recovery outboxRecovery() {
        return recovery;
    }

    public MqttOptions options() {
        return opts;
    }

    public boolean connected() {
        return connected;
    }

    /** QoS 1/2 messages stored but not yet acknowledged, plus QoS 0 messages queued while offline. */
    public int queued() {
        return sender.queued();
    }

    public void connect() {
        onActor(() -> {
            if (state == State.NEW) {
                state = State.RUNNING;
                expiryTimer = actor.scheduleWithFixedDelay(sender::expire, 1, 1, TimeUnit.MINUTES);
                attempt();
            }
        });
    }

    private void attempt() {
        if (state != State.RUNNING) {
            return;
        }
        Connection.Events ev = new Events();
        try {
            conn = opts.protocolVersion == 5 ? new PahoV5Connection(opts, ev) : new PahoV3Connection(opts, ev);
        } catch (MqttClientException e) {
            emit(() -> listener.onError(e));
            emit(listener::onClose);
            scheduleReconnect();
            return;
        }
        conn.connect();
    }

    /** Paho's callbacks, moved onto the actor. */
    private final class Events implements Connection.Events {
        @Override
        public void connected(Connection c, boolean sessionPresent, MqttProperties connack) {
            onActor(() -> onConnected(c, sessionPresent, connack));
        }

        @Override
        public void failed(Connection c, Throwable cause) {
            onActor(() -> onDown(c, Errors.connect(cause, opts.protocolVersion)));
        }

        @Override
        public void lost(Connection c, Throwable cause) {
            onActor(() -> onDown(c, Errors.of(cause)));
        }

        @Override
        public void disconnectedByBroker(Connection c, int reasonCode, MqttProperties props) {
            emit(() -> listener.onDisconnect(reasonCode, props));
        }

        @Override
        public void message(Connection c, MqttReceived m) {
            // Paho has acknowledged it already, so it is delivered even if the connection is gone by now.
            onActor(() -> {
                if (state != State.ENDED) {
                    emit(() -> listener.onMessage(m));
                }
            });
        }
    }

    private void onConnected(Connection c, boolean sessionPresent, MqttProperties connack) {
        if (c != conn || state == State.ENDED) {
            c.kill();
            return;
        }
        connected = true;
        offlineReported = false;
        emit(() -> listener.onConnect(sessionPresent, connack));
        if (!sessionPresent && opts.resubscribe && !subscriptions.isEmpty()) {
            try {
                c.subscribe(List.copyOf(subscriptions.values()), null, (granted, err) -> { });
            } catch (MqttClientException e) {
                emit(() -> listener.onError(e));
            }
        }
        while (!whenConnected.isEmpty() && conn == c) {
            whenConnected.poll().op().run();
        }
        sender.connected(c);
        checkEnd();
    }

    private void onDown(Connection c, MqttClientException error) {
        if (c != conn) {
            return;
        }
        conn = null;
        connected = false;
        sender.disconnected();
        c.kill();
        if (Errors.worthAnErrorEvent(error)) {
            emit(() -> listener.onError(error));
        }
        emit(listener::onClose);
        if (state == State.ENDING) {
            finish();
        } else {
            scheduleReconnect();
        }
    }

    private void scheduleReconnect() {
        if (state != State.RUNNING || opts.reconnectPeriodMs == 0 || reconnectTimer != null) {
            return;
        }
        if (!offlineReported) {
            offlineReported = true;
            emit(listener::onOffline);
        }
        reconnectTimer = actor.schedule(() -> {
            reconnectTimer = null;
            if (state == State.RUNNING) {
                emit(listener::onReconnect);
                attempt();
            }
        }, opts.reconnectPeriodMs, TimeUnit.MILLISECONDS);
    }

    /** Publishes; QoS 1/2 go through the store first. Validation of topic and QoS is the caller's job. */
    public void publish(String topic, byte[] payload, int qos, boolean retain, MqttProperties props, PublishListener l) {
        if (state == State.ENDING || state == State.ENDED) {
            emit(() -> l.completed(new MqttClientException("ERR_MQTT_CLIENT_CLOSED", "client disconnecting")));
            return;
        }
        if (qos == 0) {
            onActor(() -> sender.publishQos0(topic, payload, retain, props, l));
            return;
        }
        byte[] encoded;
        try {
            encoded = OutboxSender.encode(props);
        } catch (IllegalArgumentException e) {
            emit(() -> l.completed(new MqttClientException("ERR_INVALID_ARG_VALUE", e.getMessage())));
            return;
        }
        appends.add(new OutboxSender.Pending(
                new OutboxMessage(topic, payload, qos, retain, encoded, System.currentTimeMillis()), l));
        // One flush task drains everything queued meanwhile: many publishes, one fsync.
        if (flushQueued.compareAndSet(false, true)) {
            onActor(this::flushAppends);
        }
    }

    private void flushAppends() {
        flushQueued.set(false);
        List<OutboxSender.Pending> batch = new ArrayList<>();
        for (OutboxSender.Pending p; (p = appends.poll()) != null; ) {
            batch.add(p);
        }
        if (state == State.ENDED) {
            batch.forEach(p -> emit(() -> p.listener().completed(
                    new MqttClientException("ERR_MQTT_CLIENT_CLOSED", "client disconnecting"))));
            return;
        }
        sender.store(batch);
    }

    public void subscribe(List<Subscription> subs, MqttProperties props, SubscribeListener l) {
        whenConnected(l::done, () -> {
            try {
                conn.subscribe(subs, props, (granted, err) -> onActor(() -> {
                    if (err != null) {
                        emit(() -> l.done(null, Errors.of(err)));
                        return;
                    }
                    for (int i = 0; i < subs.size() && i < granted.length; i++) {
                        if (granted[i] < 0x80) {
                            subscriptions.put(subs.get(i).topic(), subs.get(i));
                        }
                    }
                    emit(() -> l.done(granted, null));
                }));
            } catch (MqttClientException e) {
                emit(() -> l.done(null, e));
            }
        });
    }

    public void unsubscribe(List<String> topics, MqttProperties props, Consumer<MqttClientException> done) {
        whenConnected((v, e) -> done.accept(e), () -> {
            topics.forEach(subscriptions::remove);
            try {
                conn.unsubscribe(topics, props, (v, err) -> emit(() -> done.accept(err == null ? null : Errors.of(err))));
            } catch (MqttClientException e) {
                emit(() -> done.accept(e));
            }
        });
    }

    /** Runs {@code op} on the actor now if connected, else after the next CONNACK (MQTT.js queues these too). */
    private void whenConnected(SubscribeListener onClosed, Runnable op) {
        onActor(() -> {
            if (state == State.ENDING || state == State.ENDED) {
                emit(() -> onClosed.done(null, new MqttClientException("ERR_MQTT_CLIENT_CLOSED", "client disconnecting")));
            } else if (connected) {
                op.run();
            } else {
                whenConnected.add(new QueuedOp(onClosed, op));
            }
        });
    }

    /**
     * Ends the client. Not forced: waits until everything stored has been acknowledged (while the link is up),
     * then sends DISCONNECT. Forced: drops the socket at once without DISCONNECT, so the broker publishes the
     * will. Either way undelivered QoS 1/2 messages stay in the disk outbox for the next run. {@code done} and
     * {@link MqttListener#onEnd} follow.
     */
    public void end(boolean force, Runnable done) {
        onActor(() -> {
            if (state == State.ENDED) {
                emit(done);
                return;
            }
            endCallbacks.add(done);
            state = State.ENDING;
            if (reconnectTimer != null) {
                reconnectTimer.cancel(false);
                reconnectTimer = null;
            }
            if (force || !connected) {
                Connection c = conn;
                conn = null;
                if (c != null) {
                    c.kill();
                    if (connected) {
                        emit(listener::onClose);
                    }
                }
                connected = false;
                finish();
            } else {
                checkEnd();
            }
        });
    }

    /** A graceful end() proceeds once nothing is left to deliver. */
    private void checkEnd() {
        if (state != State.ENDING || !connected || !sender.drained() || !appends.isEmpty()) {
            return;
        }
        Connection c = conn;
        conn = null;
        connected = false;
        c.disconnect(5000, () -> onActor(() -> {
            emit(listener::onClose);
            finish();
        }));
    }

    private void finish() {
        if (state == State.ENDED) {
            return;
        }
        state = State.ENDED;
        if (expiryTimer != null) {
            expiryTimer.cancel(false);
        }
        flushAppends();
        sender.failWaiting(store instanceof Outbox);
        for (QueuedOp q : whenConnected) {
            emit(() -> q.onClosed().done(null, new MqttClientException("ERR_MQTT_CLIENT_CLOSED", "client ended before connecting")));
        }
        whenConnected.clear();
        try {
            store.close();
        } catch (IOException e) {
            emit(() -> listener.onError(new MqttClientException("ERR_MQTT_OUTBOX_IO", -1,
                    "MQTT outbox " + store.describe() + " did not close cleanly: " + e.getMessage(), e)));
        }
        // One task: the loop must not see the end (the binding closes its handle there) and then go
        // idle and exit before the end() callbacks, queued separately, have run.
        List<Runnable> callbacks = List.copyOf(endCallbacks);
        endCallbacks.clear();
        emit(() -> {
            listener.onEnd();
            callbacks.forEach(Runnable::run);
        });
        actor.shutdown();
    }

    /**
     * For process exit: ends the client at once (as {@code end(true)}), storing what publish() accepted
     * but had not stored yet, and waits up to two seconds. Listener calls it causes are queued, not awaited.
     */
    public void shutdownNow() {
        if (actor.isShutdown()) {
            return;
        }
        java.util.concurrent.CountDownLatch latch = new java.util.concurrent.CountDownLatch(1);
        end(true, () -> { });
        onActor(latch::countDown);
        try {
            latch.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void emit(Runnable call) {
        events.execute(call);
    }

    private void onActor(Runnable r) {
        try {
            actor.execute(() -> {
                try {
                    r.run();
                } catch (RuntimeException | Error e) {
                    // A bug here would otherwise vanish inside the executor and leave the client silently stuck.
                    System.err.println("bramble-mqtt: internal error in client " + opts.clientId);
                    e.printStackTrace();
                }
            });
        } catch (RejectedExecutionException e) {
            // Ended: Paho's late callbacks have nobody to tell.
        }
    }
}
