// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * A client plus everything it reported, for tests: its events go through a single-thread executor
 * standing in for the JS loop, and are checked to arrive on that thread only.
 */
final class Recorder implements MqttListener, AutoCloseable {

    final LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
    final LinkedBlockingQueue<MqttReceived> messages = new LinkedBlockingQueue<>();
    final List<String> history = java.util.Collections.synchronizedList(new ArrayList<>());
    final ExecutorService loop;
    volatile Thread loopThread;
    volatile MqttProperties lastConnack;
    volatile MqttClientException lastError;
    final MqttClient client;

    Recorder(MqttOptions opts) throws Exception {
        loop = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-loop");
            t.setDaemon(true);
            loopThread = t;
            return t;
        });
        client = new MqttClient(opts, loop, this);
    }

    static MqttOptions options(String url, String clientId) {
        MqttOptions o = new MqttOptions();
        o.url = BrokerUrl.parse(url);
        o.clientId = clientId;
        o.reconnectPeriodMs = 200;
        o.connectTimeoutMs = 5000;
        return o;
    }

    Recorder connect() {
        client.connect();
        return this;
    }

    Recorder connected() throws InterruptedException {
        client.connect();
        awaitEvent("connect");
        return this;
    }

    private void record(String e) {
        if (Thread.currentThread() != loopThread) {
            history.add("WRONG THREAD " + Thread.currentThread().getName() + " for " + e);
        }
        history.add(e);
        events.add(e);
    }

    @Override
    public void onConnect(boolean sessionPresent, MqttProperties connack) {
        lastConnack = connack;
        record("connect");
    }

    @Override
    public void onReconnect() {
        record("reconnect");
    }

    @Override
    public void onClose() {
        record("close");
    }

    @Override
    public void onOffline() {
        record("offline");
    }

    @Override
    public void onError(MqttClientException e) {
        lastError = e;
        record("error:" + e.code());
    }

    @Override
    public void onMessage(MqttReceived m) {
        if (Thread.currentThread() != loopThread) {
            history.add("WRONG THREAD for message");
        }
        messages.add(m);
    }

    @Override
    public void onEnd() {
        record("end");
    }

    /** Waits for the next event equal to (or starting with) {@code name}, skipping others. */
    String awaitEvent(String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            String e = events.poll(100, TimeUnit.MILLISECONDS);
            if (e != null && e.startsWith(name)) {
                return e;
            }
        }
        throw new AssertionError("no '" + name + "' event within 15 s; events so far: " + history);
    }

    MqttReceived awaitMessage(Predicate<MqttReceived> match) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            MqttReceived m = messages.poll(100, TimeUnit.MILLISECONDS);
            if (m != null && match.test(m)) {
                return m;
            }
        }
        throw new AssertionError("expected message not received within 15 s; events: " + history);
    }

    /** Collects messages for {@code d}. */
    List<MqttReceived> drain(Duration d) throws InterruptedException {
        List<MqttReceived> out = new ArrayList<>();
        long deadline = System.nanoTime() + d.toNanos();
        while (System.nanoTime() < deadline) {
            MqttReceived m = messages.poll(20, TimeUnit.MILLISECONDS);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    static String text(MqttReceived m) {
        return new String(m.payload(), UTF_8);
    }

    int[] subscribe(String topic, int qos) throws Exception {
        return subscribe(List.of(new Subscription(topic, qos)), null);
    }

    int[] subscribe(List<Subscription> subs, MqttProperties props) throws Exception {
        CompletableFuture<int[]> f = new CompletableFuture<>();
        client.subscribe(subs, props, (g, e) -> {
            if (e != null) {
                f.completeExceptionally(e);
            } else {
                f.complete(g);
            }
        });
        return f.get(15, TimeUnit.SECONDS);
    }

    /** Publishes and waits for PUBACK/PUBCOMP (or the socket write for QoS 0). */
    void publish(String topic, String payload, int qos, boolean retain) throws Exception {
        publish(topic, payload.getBytes(UTF_8), qos, retain, null).get(15, TimeUnit.SECONDS);
    }

    CompletableFuture<Void> publish(String topic, byte[] payload, int qos, boolean retain, MqttProperties props) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        client.publish(topic, payload, qos, retain, props, e -> {
            if (e != null) {
                f.completeExceptionally(e);
            } else {
                f.complete(null);
            }
        });
        return f;
    }

    void end(boolean force) throws Exception {
        CompletableFuture<Void> f = new CompletableFuture<>();
        client.end(force, () -> f.complete(null));
        f.get(30, TimeUnit.SECONDS);
    }

    void assertOnLoopThreadOnly() {
        synchronized (history) {
            for (String h : history) {
                if (h.startsWith("WRONG THREAD")) {
                    throw new AssertionError("a listener was called off the loop thread: " + h);
                }
            }
        }
    }

    @Override
    public void close() throws Exception {
        end(true);
        loop.shutdown();
    }
}
