// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * The disk-backed outbox: an append-only log of QoS 1/2 publishes in a directory of segment files.
 *
 * <p>A message is appended, then {@link #sync} fsyncs it; only then may the client tell the app it is
 * stored and send it. When the broker acknowledges it (PUBACK/PUBCOMP) an ACK record is appended. On
 * {@link #open} the log is replayed: every publish without an ACK is pending again, in order, and a
 * torn last record (power loss mid-write) fails its length/CRC check and is cut off. A segment whose
 * messages are all acknowledged is deleted once every older segment is gone, so ACK records are
 * never lost ahead of the publishes they refer to.
 *
 * <p>Limits: {@link Limits#maxBytes} bounds the files on disk; when a new message does not fit, messages
 * older than {@link Limits#maxAge} are dropped and delivered segments compacted, and if it still does
 * not fit the new message is rejected with {@link OutboxFullException} (accepted messages are never
 * dropped to make room). Messages older than maxAge are also dropped before they are sent.
 *
 * <p>One directory belongs to one client at a time (a lock file enforces it). Not thread-safe.
 */
public final class Outbox implements MessageStore {

    /**
     * @param maxBytes     bytes the segment files may occupy
     * @param maxAge       undelivered messages older than this are dropped
     * @param segmentBytes size at which the log rolls to a new file (smaller files compact sooner)
     */
    public record Limits(long maxBytes, Duration maxAge, long segmentBytes) {
        public static final long DEFAULT_MAX_BYTES = 32L << 20;
        public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(7);

        public Limits {
            if (maxBytes < 4096 || segmentBytes < 1024 || maxAge.isNegative() || maxAge.isZero()) {
                throw new IllegalArgumentException("outbox limits too small: maxBytes=" + maxBytes
                        + " segmentBytes=" + segmentBytes + " maxAge=" + maxAge);
            }
        }

        /** Limits with a segment size of an eighth of maxBytes, at most 1 MiB. */
        public static Limits of(long maxBytes, Duration maxAge) {
            return new Limits(maxBytes, maxAge, Math.max(1024, Math.min(1L << 20, maxBytes / 8)));
        }

        public static Limits defaults() {
            return of(DEFAULT_MAX_BYTES, DEFAULT_MAX_AGE);
        }
    }

    /** Another client (in this process or another) holds the directory. */
    public static final class LockedException extends IOException {
        LockedException(String message) {
            super(message);
        }
    }

    /** What {@link #open} found: messages pending again, and bytes cut off as torn or corrupt. */
    public record Recovery(int segments, int pending, long tornBytes, List<String> problems) {
    }

    private final Path dir;
    private final Limits limits;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final TreeMap<Long, OutboxSegment> segments = new TreeMap<>();
    private OutboxSegment active;
    private long nextSeq;
    private long bytes;
    private int live;
    private Recovery recovery;
    private boolean closed;

    private Outbox(Path dir, Limits limits, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.limits = limits;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens (creating if needed) the outbox in {@code dir} and replays its log. */
    public static Outbox open(Path dir, Limits limits) throws IOException {
        Files.createDirectories(dir);
        FileChannel lockChannel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            throw new LockedException("MQTT outbox " + dir + " is in use by another client; give each client its own outbox dir");
        }
        Outbox box = new Outbox(dir, limits, lockChannel, lock);
        try {
            box.replay();
        } catch (IOException | RuntimeException e) {
            box.close();
            throw e;
        }
        return box;
    }

    private void replay() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("\\d{20}\\.seg")).sorted().toList();
        }
        List<Long> acks = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long[] torn = {0};
        for (Path p : files) {
            long first = Long.parseLong(p.getFileName().toString().substring(0, 20));
            try {
                OutboxSegment seg = OutboxSegment.open(p, first, acks::add, torn);
                segments.put(first, seg);
                bytes += seg.size();
            } catch (IOException e) {
                // A file that is not ours (or lost its header) must not stop the app: set it aside, keep the rest.
                Path aside = p.resolveSibling(p.getFileName() + ".corrupt");
                Files.move(p, aside);
                problems.add(e.getMessage() + " (moved to " + aside.getFileName() + ")");
            }
        }
        if (torn[0] > 0) {
            problems.add("cut off " + torn[0] + " bytes of torn or corrupt records");
        }
        for (OutboxSegment seg : segments.values()) {
            live += seg.liveCount();
        }
        for (long seq : acks) {
            OutboxSegment seg = segmentOf(seq);
            if (seg != null && seg.kill(seq)) {
                live--;
            }
        }
        if (segments.isEmpty()) {
            nextSeq = 1;
            roll();
        } else {
            active = segments.lastEntry().getValue();
            nextSeq = active.firstSeq + active.count();
        }
        compact();
        recovery = new Recovery(segments.size(), live, torn[0], List.copyOf(problems));
    }

    public Recovery recovery() {
        return recovery;
    }

    public Limits limits() {
        return limits;
    }

    @Override
    public long append(OutboxMessage m) throws IOException {
        ensureOpen();
        byte[] record = OutboxSegment.publishRecord(nextSeq, m);
        if (record.length + OutboxSegment.HEADER > limits.maxBytes()) {
            throw new OutboxFullException("MQTT message of " + m.payload().length + " bytes is larger than the outbox limit of "
                    + limits.maxBytes() + " bytes (outbox: {maxBytes})");
        }
        if (bytes + record.length > limits.maxBytes()) {
            makeRoom(m.timestamp());
            if (bytes + record.length > limits.maxBytes()) {
                throw new OutboxFullException("MQTT outbox is full: " + live + " undelivered messages use " + bytes + " of "
                        + limits.maxBytes() + " bytes in " + dir + "; the new message was rejected (raise outbox.maxBytes,"
                        + " or publish less while the broker is unreachable)");
            }
        }
        if (active.size() + record.length > limits.segmentBytes() && active.count() > 0) {
            roll();
        }
        active.appendPublish(record, m.timestamp());
        bytes += record.length;
        live++;
        return nextSeq++;
    }

    @Override
    public void sync() throws IOException {
        ensureOpen();
        active.force();
    }

    @Override
    public void ack(long seq) throws IOException {
        remove(seq, OutboxSegment.DELIVERED);
    }

    private boolean remove(long seq, byte reason) throws IOException {
        ensureOpen();
        OutboxSegment seg = segmentOf(seq);
        if (seg == null || !seg.kill(seq)) {
            return false;
        }
        live--;
        // Not fsync'd on its own: a lost ACK only means one duplicate after a power cut.
        byte[] record = OutboxSegment.ackRecord(seq, reason);
        active.appendRecord(record);
        bytes += record.length;
        if (seg != active && seg.liveCount() == 0) {
            compact();
        } else if (live == 0 && active.count() > 0 && active.size() >= limits.segmentBytes() / 2) {
            // Everything delivered: start a fresh file so the old ones can go at once.
            roll();
            compact();
        }
        return true;
    }

    @Override
    public int expire(long nowMillis, LongConsumer dropped) throws IOException {
        long cutoff = nowMillis - limits.maxAge().toMillis();
        int n = 0;
        for (long seq = next(0); seq >= 0; seq = next(seq)) {
            // Oldest first, and stop at the first young one, so order is kept even if the clock stepped back.
            if (segmentOf(seq).time(seq) >= cutoff) {
                break;
            }
            remove(seq, OutboxSegment.EXPIRED);
            dropped.accept(seq);
            n++;
        }
        return n;
    }

    private void makeRoom(long now) throws IOException {
        expire(now, seq -> { });
        if (active.liveCount() == 0) {
            roll();
        }
        compact();
    }

    @Override
    public long next(long after) {
        Map.Entry<Long, OutboxSegment> e = segments.floorEntry(after + 1);
        if (e == null) {
            e = segments.firstEntry();
        }
        for (OutboxSegment seg : segments.tailMap(e.getKey(), true).values()) {
            long s = seg.nextLive(after + 1);
            if (s >= 0) {
                return s;
            }
        }
        return -1;
    }

    @Override
    public OutboxMessage read(long seq) throws IOException {
        ensureOpen();
        OutboxSegment seg = segmentOf(seq);
        if (seg == null || !seg.isLive(seq)) {
            throw new IOException("no pending message " + seq + " in the outbox");
        }
        return seg.read(seq);
    }

    @Override
    public int size() {
        return live;
    }

    @Override
    public long bytes() {
        return bytes;
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    /** Segment files currently on disk (for tests and diagnostics). */
    public int segmentCount() {
        return segments.size();
    }

    private OutboxSegment segmentOf(long seq) {
        Map.Entry<Long, OutboxSegment> e = segments.floorEntry(seq);
        return e == null || !e.getValue().contains(seq) ? null : e.getValue();
    }

    private void roll() throws IOException {
        if (active != null) {
            if (active.count() == 0) {
                return; // a new file would have the same first number; the active one holds only ACKs
            }
            active.force();
        }
        active = OutboxSegment.create(dir, nextSeq);
        segments.put(nextSeq, active);
        bytes += active.size();
        syncDir();
    }

    /** Deletes the oldest segments while they hold nothing undelivered (never the active one). */
    private void compact() throws IOException {
        boolean deleted = false;
        while (segments.size() > 1) {
            OutboxSegment oldest = segments.firstEntry().getValue();
            if (oldest == active || oldest.liveCount() > 0) {
                break;
            }
            segments.pollFirstEntry();
            oldest.close();
            Files.deleteIfExists(oldest.path);
            bytes -= oldest.size();
            deleted = true;
        }
        if (deleted) {
            syncDir();
        }
    }

    private void syncDir() throws IOException {
        // A new or deleted segment is only durable once the directory entry is.
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("MQTT outbox " + dir + " is closed");
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        IOException first = null;
        for (OutboxSegment seg : segments.values()) {
            try {
                seg.force();
                seg.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        lock.release();
        lockChannel.close();
        if (first != null) {
            throw first;
        }
    }
}
