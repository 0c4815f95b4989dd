// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * The store used when the outbox is turned off ({@code outbox: false}): MQTT.js's behaviour, messages
 * survive broker outages but not a restart of the process. Same limits and policy as {@link Outbox}.
 */
public final class MemoryStore implements MessageStore {

    private final Outbox.Limits limits;
    private final TreeMap<Long, OutboxMessage> messages = new TreeMap<>();
    private long nextSeq = 1;
    private long bytes;

    public MemoryStore(Outbox.Limits limits) {
        this.limits = limits;
    }

    @Override
    public long append(OutboxMessage m) throws OutboxFullException {
        long size = sizeOf(m);
        if (bytes + size > limits.maxBytes()) {
            throw new OutboxFullException("MQTT message queue is full (" + messages.size() + " messages, "
                    + bytes + " of " + limits.maxBytes() + " bytes); the message was not queued");
        }
        messages.put(nextSeq, m);
        bytes += size;
        return nextSeq++;
    }

    @Override
    public void sync() {
    }

    @Override
    public void ack(long seq) {
        OutboxMessage m = messages.remove(seq);
        if (m != null) {
            bytes -= sizeOf(m);
        }
    }

    @Override
    public int expire(long nowMillis, LongConsumer dropped) {
        int n = 0;
        long cutoff = nowMillis - limits.maxAge().toMillis();
        while (!messages.isEmpty() && messages.firstEntry().getValue().timestamp() < cutoff) {
            Map.Entry<Long, OutboxMessage> e = messages.pollFirstEntry();
            bytes -= sizeOf(e.getValue());
            dropped.accept(e.getKey());
            n++;
        }
        return n;
    }

    @Override
    public long next(long after) {
        Long k = messages.higherKey(after);
        return k == null ? -1 : k;
    }

    @Override
    public OutboxMessage read(long seq) {
        return messages.get(seq);
    }

    @Override
    public int size() {
        return messages.size();
    }

    @Override
    public long bytes() {
        return bytes;
    }

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public void close() {
    }

    private static long sizeOf(OutboxMessage m) {
        return 32L + m.topic().length() * 2L + m.payload().length + m.properties().length;
    }
}
