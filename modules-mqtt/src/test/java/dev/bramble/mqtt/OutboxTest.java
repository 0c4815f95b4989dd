// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {

    @TempDir
    Path dir;

    private static OutboxMessage msg(String text) {
        return msg(text, System.currentTimeMillis());
    }

    private static OutboxMessage msg(String text, long time) {
        return new OutboxMessage("t/" + text, text.getBytes(UTF_8), 1, false, new byte[0], time);
    }

    private static List<String> pending(MessageStore box) throws IOException {
        List<String> out = new ArrayList<>();
        for (long s = box.next(0); s >= 0; s = box.next(s)) {
            out.add(new String(box.read(s).payload(), UTF_8));
        }
        return out;
    }

    private Path lastSegment() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".seg")).sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    @Test
    void messagesSurviveReopenInOrderWithEveryField() throws IOException {
        byte[] props = {3, 0, 4, 't', 'e', 'x', 't'};
        try (Outbox box = Outbox.open(dir, Outbox.Limits.defaults())) {
            box.append(new OutboxMessage("a/b", new byte[] {0, 1, 2, (byte) 255}, 2, true, props, 42));
            box.append(msg("second"));
            box.sync();
        }
        try (Outbox box = Outbox.open(dir, Outbox.Limits.defaults())) {
            assertEquals(2, box.size());
            OutboxMessage first = box.read(box.next(0));
            assertEquals("a/b", first.topic());
            assertArrayEquals(new byte[] {0, 1, 2, (byte) 255}, first.payload());
            assertEquals(2, first.qos());
            assertTrue(first.retain());
            assertArrayEquals(props, first.properties());
            assertEquals(42, first.timestamp());
            assertEquals(List.of(new String(new byte[] {0, 1, 2, (byte) 255}, UTF_8), "second"), pending(box));
        }
    }

    @Test
    void acknowledgedMessagesAreNotPendingAfterReopen() throws IOException {
        try (Outbox box = Outbox.open(dir, Outbox.Limits.defaults())) {
            long a = box.append(msg("a"));
            box.append(msg("b"));
            long c = box.append(msg("c"));
            box.sync();
            box.ack(a);
            box.ack(c);
            box.ack(c); // a duplicate PUBACK must be harmless
            assertEquals(List.of("b"), pending(box));
        }
        try (Outbox box = Outbox.open(dir, Outbox.Limits.defaults())) {
            assertEquals(List.of("b"), pending(box));
            long d = box.append(msg("d"));
            assertTrue(d > box.next(0), "sequence numbers keep increasing across restarts");
        }
    }

    @Test
    void aTornLastRecordIsCutOffAndNeverDelivered() throws IOException {
        try (Outbox box = Outbox.open(dir, Outbox.Limits.defaults())) {
            box.append(msg("one"));
            box.append(msg("two"));
            box.append(msg("three-is-torn"));
            box.sync();
        }
        Path seg = lastSegment();
        try (RandomAccessFile f = new RandomAccessFile(seg.toFile(), "rw")) {
            f.setLength(f.length() - 5); // power cut in the middle of the last write
        }
        try (Outbox box = Outbox.open(dir, Outbox.Limits.defaults())) {
            assertEquals(List.of("one", "two"), pending(box));
            assertTrue(box.recovery().tornBytes() > 0, box.recovery().toString());
            box.append(msg("four"));
            box.sync();
        }
        try (Outbox box = Outbox.open(dir, Outbox.Limits.defaults())) {
            assertEquals(List.of("one", "two", "four"), pending(box));
            assertEquals(0, box.recovery().tornBytes(), "the cut was made durable");
        }
    }

    @Test
    void aRecordWithABadCrcOrTrailingGarbageIsDropped() throws IOException {
        try (Outbox box = Outbox.open(dir, Outbox.Limits.defaults())) {
            box.append(msg("good"));
            box.append(msg("flipped"));
            box.sync();
        }
        Path seg = lastSegment();
        try (RandomAccessFile f = new RandomAccessFile(seg.toFile(), "rw")) {
            f.seek(f.length() - 1);
            f.write('X'); // same length, wrong CRC
            f.seek(f.length());
            f.write(new byte[] {0, 0, 0, 9, 1, 2, 3}); // and a half-written header after it
        }
        try (Outbox box = Outbox.open(dir, Outbox.Limits.defaults())) {
            assertEquals(List.of("good"), pending(box));
        }
    }

    @Test
    void deliveredSegmentsAreCompactedAway() throws IOException {
        Outbox.Limits small = new Outbox.Limits(1 << 20, Duration.ofDays(1), 2048);
        try (Outbox box = Outbox.open(dir, small)) {
            List<Long> seqs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                seqs.add(box.append(msg("message number " + i)));
            }
            box.sync();
            assertTrue(box.segmentCount() > 5, "200 messages span several 2 KiB segments");
            long before = box.bytes();
            for (long s : seqs) {
                box.ack(s);
            }
            assertEquals(0, box.size());
            assertTrue(box.segmentCount() <= 2, "segments left: " + box.segmentCount());
            assertTrue(box.bytes() < before / 4, box.bytes() + " bytes left of " + before);
        }
        try (Outbox box = Outbox.open(dir, small)) {
            assertEquals(0, box.size());
        }
    }

    @Test
    void aFullOutboxRejectsNewMessagesAndKeepsTheOldOnes() throws IOException {
        Outbox.Limits limits = Outbox.Limits.of(8192, Duration.ofDays(1));
        try (Outbox box = Outbox.open(dir, limits)) {
            List<Long> accepted = new ArrayList<>();
            OutboxFullException full = null;
            for (int i = 0; i < 1000 && full == null; i++) {
                try {
                    accepted.add(box.append(msg("payload-" + i + "-".repeat(40))));
                } catch (OutboxFullException e) {
                    full = e;
                }
            }
            assertTrue(full != null, "an 8 KiB outbox must fill up");
            assertTrue(full.getMessage().contains("outbox is full"), full.getMessage());
            assertTrue(box.bytes() <= 8192);
            assertEquals(accepted.size(), box.size(), "nothing accepted was dropped");
            assertTrue(pending(box).getFirst().startsWith("payload-0-"));
            for (long s : accepted.subList(0, accepted.size() / 2)) {
                box.ack(s);
            }
            box.append(msg("fits again once half is delivered"));
        }
    }

    @Test
    void oldMessagesExpireOldestFirstAndMakeRoom() throws IOException {
        long now = System.currentTimeMillis();
        Outbox.Limits limits = Outbox.Limits.of(8192, Duration.ofHours(1));
        try (Outbox box = Outbox.open(dir, limits)) {
            box.append(msg("two-hours-old", now - 7_200_000));
            box.append(msg("fresh", now));
            List<Long> dropped = new ArrayList<>();
            assertEquals(1, box.expire(now, dropped::add));
            assertEquals(List.of(1L), dropped);
            assertEquals(List.of("fresh"), pending(box));

            box.ack(box.next(0));
            int old = 0;
            try {
                while (true) {
                    box.append(msg("old-" + old + "-".repeat(40), now - 7_200_000));
                    old++;
                }
            } catch (OutboxFullException expected) {
                // full of messages that are already too old
            }
            box.append(msg("new message pushes the expired ones out", now));
            assertEquals(List.of("new message pushes the expired ones out"), pending(box));
        }
    }

    @Test
    void aMessageLargerThanTheLimitIsRejectedClearly() throws IOException {
        try (Outbox box = Outbox.open(dir, Outbox.Limits.of(8192, Duration.ofHours(1)))) {
            OutboxMessage big = new OutboxMessage("big", new byte[10_000], 1, false, null, 0);
            OutboxFullException e = assertThrows(OutboxFullException.class, () -> box.append(big));
            assertTrue(e.getMessage().contains("larger than the outbox limit"), e.getMessage());
        }
    }

    @Test
    void oneDirectoryServesOneClientAtATime() throws IOException {
        try (Outbox box = Outbox.open(dir, Outbox.Limits.defaults())) {
            IOException e = assertThrows(IOException.class, () -> Outbox.open(dir, Outbox.Limits.defaults()));
            assertTrue(e.getMessage().contains("in use by another client"), e.getMessage());
        }
        Outbox.open(dir, Outbox.Limits.defaults()).close();
    }

    @Test
    void aForeignFileIsSetAsideNotFatal() throws IOException {
        Files.writeString(dir.resolve("00000000000000000001.seg"), "this is not an outbox");
        try (Outbox box = Outbox.open(dir, Outbox.Limits.defaults())) {
            assertEquals(0, box.size());
            assertTrue(box.recovery().problems().getFirst().contains("bad magic"), box.recovery().toString());
            box.append(msg("works"));
        }
        assertTrue(Files.exists(dir.resolve("00000000000000000001.seg.corrupt")));
    }
}
