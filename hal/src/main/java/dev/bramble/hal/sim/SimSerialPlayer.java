// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A serial device that plays a recording: each line of a file (a GPS's NMEA sentences, a modem's
 * responses) sent with CR LF, {@code intervalMs} apart, from the start each time the port opens, and
 * over again if {@code loop}. Ignores what it is sent. {@code serial-echo} sends back what it receives.
 */
final class SimSerialPlayer implements SimSerialPeer {

    private final String id;
    private final String type;
    private final List<String> lines;
    private final double intervalMs;
    private final boolean loop;
    private ScheduledFuture<?> task;
    private Consumer<byte[]> send;

    SimSerialPlayer(String id, String type, Path file, double intervalMs, boolean loop) throws IOException {
        this.id = id;
        this.type = type;
        this.lines = file == null ? List.of() : Files.readAllLines(file, StandardCharsets.ISO_8859_1).stream()
                .filter(l -> !l.isBlank()).toList();
        this.intervalMs = intervalMs;
        this.loop = loop;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public synchronized void connected(Consumer<byte[]> send, ScheduledExecutorService timer) {
        this.send = send;
        if (lines.isEmpty()) {
            return;
        }
        int[] next = {0};
        long period = Math.max(1, Math.round(intervalMs * 1000));
        task = timer.scheduleAtFixedRate(() -> {
            if (next[0] >= lines.size()) {
                if (!loop) {
                    return;
                }
                next[0] = 0;
            }
            send.accept((lines.get(next[0]++) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }, period, period, TimeUnit.MICROSECONDS);
    }

    @Override
    public synchronized void received(byte[] data) {
        if ("serial-echo".equals(type) && send != null) {
            send.accept(data.clone());
        }
    }

    @Override
    public synchronized void disconnected() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        send = null;
    }
}
