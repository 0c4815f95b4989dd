// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.LongConsumer;

/**
 * Where QoS 1/2 publishes wait until the broker acknowledges them: the disk {@link Outbox}, or
 * {@link MemoryStore} when the outbox is turned off. Messages get increasing sequence numbers and
 * are handed out in that order. Not thread-safe: a client confines its store to one thread.
 */
public interface MessageStore extends Closeable {

    /** Stores a message (not yet durably: see {@link #sync}) and returns its sequence number. */
    long append(OutboxMessage message) throws IOException;

    /** Makes everything appended so far durable (fsync for the disk outbox). */
    void sync() throws IOException;

    /** Forgets a delivered message. Unknown or already acknowledged numbers are ignored. */
    void ack(long seq) throws IOException;

    /** Drops messages older than the age limit, oldest first, telling {@code dropped} each number; returns how many. */
    int expire(long nowMillis, LongConsumer dropped) throws IOException;

    /** The lowest undelivered sequence number greater than {@code after}, or -1. */
    long next(long after);

    OutboxMessage read(long seq) throws IOException;

    /** Undelivered messages. */
    int size();

    /** Bytes the store occupies (on disk for the outbox, including delivered records not yet compacted). */
    long bytes();

    /** Where the store lives, for messages; "memory" for the in-memory one. */
    String describe();
}
