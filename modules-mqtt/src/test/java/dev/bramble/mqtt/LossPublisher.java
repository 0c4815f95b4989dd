// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The publishing process of {@link OutboxLossTest}, run in its own JVM so the test can SIGKILL it.
 * Publishes "0".."n-1" from {@code start} at QoS 1 at a steady pace, prints {@code stored i} once the
 * outbox has fsync'd message i (the moment a real app would consider it safe), and {@code drained}
 * once the broker has acknowledged everything.
 *
 * <p>Arguments: brokerUrl clientId outboxDir start n intervalMillis
 */
public final class LossPublisher {

    public static void main(String[] args) throws Exception {
        MqttOptions o = new MqttOptions();
        o.url = BrokerUrl.parse(args[0]);
        o.clientId = args[1];
        o.outboxDir = Path.of(args[2]);
        o.reconnectPeriodMs = 200;
        o.connectTimeoutMs = 3000;
        int start = Integer.parseInt(args[3]);
        int n = Integer.parseInt(args[4]);
        long interval = Long.parseLong(args[5]);
        MqttClient client = new MqttClient(o, Runnable::run, new MqttListener() { });
        System.out.println("recovered " + client.queued() + " " + client.outboxRecovery());
        client.connect();
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger next = new AtomicInteger(start);
        pace.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i >= n) {
                if (i >= n + 20 && client.queued() == 0) { // give the last acks a moment, then report once
                    System.out.println("drained");
                    pace.shutdown();
                }
                return;
            }
            client.publish("loss/data", Integer.toString(i).getBytes(UTF_8), 1, false, null, new PublishListener() {
                @Override
                public void stored() {
                    System.out.println("stored " + i);
                }

                @Override
                public void completed(MqttClientException error) {
                    if (error != null) {
                        System.out.println("error " + i + " " + error.code() + " " + error.getMessage());
                    }
                }
            });
        }, 0, interval, TimeUnit.MILLISECONDS);
        pace.awaitTermination(1, TimeUnit.DAYS);
        client.end(false, () -> System.exit(0));
        Thread.sleep(10_000);
    }
}
