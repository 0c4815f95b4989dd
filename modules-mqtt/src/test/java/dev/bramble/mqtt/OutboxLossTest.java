// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loss test: N QoS 1 messages, published by a separate JVM while the broker is stopped and started
 * several times and the publisher is killed with SIGKILL (also while the broker is down) and restarted.
 * A subscriber with a persistent session must receive all N; duplicates are allowed and reported.
 */
// The runtime test-jar turns on parallel test execution; this class times broker restarts against a publisher process, so it runs alone.
@Isolated
class OutboxLossTest {

    static final int N = 3000;

    @TempDir
    Path tmp;

    private final BitSet stored = new BitSet();
    private final List<String> log = new ArrayList<>();
    private volatile boolean drained;
    private Process publisher;
    private int publisherRuns;

    @Test
    void nothingAcknowledgedAsStoredIsEverLost() throws Exception {
        Mosquitto broker = new Mosquitto(tmp.resolve("broker"));
        MqttOptions so = Recorder.options(broker.url(), "loss-subscriber");
        so.clean = false;
        Map<Integer, AtomicInteger> received = new ConcurrentHashMap<>();
        try (broker; Recorder sub = new Recorder(so).connected()) {
            sub.subscribe("loss/#", 1);
            Thread counter = Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        MqttReceived m = sub.messages.take();
                        received.computeIfAbsent(Integer.parseInt(Recorder.text(m)), k -> new AtomicInteger()).incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    // test over
                }
            });

            startPublisher(broker);
            awaitStored(400);
            broker.stop();
            note("broker stopped");
            awaitStored(800);
            killPublisher(); // killed while the broker is down: its outbox holds undelivered messages
            startPublisher(broker);
            awaitStored(1200);
            broker.start();
            note("broker started");
            awaitStored(1600);
            killPublisher(); // killed while connected, with messages in flight
            startPublisher(broker);
            awaitStored(2000);
            broker.stop();
            note("broker stopped");
            awaitStored(2300);
            broker.start();
            note("broker started");
            awaitStored(2600);
            killPublisher();
            startPublisher(broker);
            awaitStored(N);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!drained && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            while (received.size() < N && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(300); // late duplicates still count
            publisher.destroyForcibly().waitFor();
            counter.interrupt();

            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                if (!received.containsKey(i)) {
                    missing.add(i);
                }
            }
            int total = received.values().stream().mapToInt(AtomicInteger::get).sum();
            int duplicates = total - received.size();
            Map<Integer, Integer> dupes = new TreeMap<>();
            received.forEach((k, v) -> {
                if (v.get() > 1) {
                    dupes.put(k, v.get());
                }
            });
            String report = "loss test: " + N + " messages, " + publisherRuns + " publisher processes (3 SIGKILLs), "
                    + "2 broker restarts; received " + received.size() + " distinct, " + total + " in all, "
                    + duplicates + " duplicates " + (dupes.size() > 20 ? dupes.size() + " numbers" : dupes) + "; missing "
                    + (missing.size() > 20 ? missing.size() + " e.g. " + missing.subList(0, 20) : missing);
            System.out.println(report);
            note(report);
            assertTrue(drained, "the last publisher drained its outbox\n" + String.join("\n", log) + "\n" + broker.logTail());
            assertTrue(missing.isEmpty(), report + "\n" + String.join("\n", log));
        }
    }

    private void startPublisher(Mosquitto broker) throws IOException {
        int from = stored.nextClearBit(0);
        String java = ProcessHandle.current().info().command().orElse("java");
        publisher = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                LossPublisher.class.getName(), broker.url(), "loss-publisher", tmp.resolve("outbox").toString(),
                Integer.toString(from), Integer.toString(N), "3")
                .redirectErrorStream(true).start();
        publisherRuns++;
        note("publisher " + publisherRuns + " started at " + from);
        Process p = publisher;
        Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("stored ")) {
                        synchronized (stored) {
                            stored.set(Integer.parseInt(line.substring(7)));
                        }
                    } else if (line.equals("drained")) {
                        drained = true;
                    } else {
                        note("publisher: " + line);
                    }
                }
            } catch (IOException e) {
                // killed
            }
        });
    }

    private void killPublisher() throws InterruptedException {
        publisher.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no flush, nothing
        note("publisher killed with SIGKILL at " + stored.cardinality() + " stored");
    }

    private void awaitStored(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            synchronized (stored) {
                if (stored.nextClearBit(0) >= count) {
                    return;
                }
            }
            if (System.nanoTime() > deadline || !publisher.isAlive()) {
                throw new AssertionError("publisher stalled before " + count + " stored messages (have "
                        + stored.nextClearBit(0) + ")\n" + String.join("\n", log));
            }
            Thread.sleep(5);
        }
    }

    private synchronized void note(String s) {
        log.add(s);
    }
}
