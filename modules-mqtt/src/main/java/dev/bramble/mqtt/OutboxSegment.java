// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.BitSet;
import java.util.function.LongConsumer;
import java.util.zip.CRC32C;

/**
 * One file of the outbox log: an 8-byte magic, then records {@code [u32 length][u32 crc32c][body]}.
 * A body is a PUBLISH (type 1: seq, time, qos, retain, topic, properties, payload) or an ACK (type 2: seq, reason).
 * The publishes in a segment carry consecutive sequence numbers starting at the one in the file name,
 * so the in-memory index is a few arrays rather than a map: a Pi keeps it small even for 100k messages.
 */
final class OutboxSegment implements Closeable {

    static final byte[] MAGIC = "BRMBOX1\n".getBytes(US_ASCII);
    static final int HEADER = MAGIC.length;
    static final int RECORD_HEADER = 8;
    static final byte PUBLISH = 1;
    static final byte ACK = 2;
    static final byte DELIVERED = 0;
    static final byte EXPIRED = 1;
    // MQTT's largest packet is 256 MB; a longer length field can only be a torn or foreign write.
    private static final int MAX_BODY = 268_435_455 + 70_000;
    private static final int PUBLISH_FIXED = 1 + 8 + 8 + 1 + 1 + 2 + 4;

    final long firstSeq;
    final Path path;
    private final FileChannel channel;
    private long size;
    private long[] offsets = new long[64];
    private long[] times = new long[64];
    private int count;
    private final BitSet live = new BitSet();
    private int liveCount;

    private OutboxSegment(long firstSeq, Path path, FileChannel channel, long size) {
        this.firstSeq = firstSeq;
        this.path = path;
        this.channel = channel;
        this.size = size;
    }

    static String fileName(long firstSeq) {
        return String.format("%020d.seg", firstSeq);
    }

    /** Creates an empty segment file whose first publish will be {@code firstSeq}; the caller syncs the directory. */
    static OutboxSegment create(Path dir, long firstSeq) throws IOException {
        Path path = dir.resolve(fileName(firstSeq));
        FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        writeFully(ch, ByteBuffer.wrap(MAGIC), 0);
        ch.force(true);
        return new OutboxSegment(firstSeq, path, ch, HEADER);
    }

    /**
     * Opens an existing segment, indexing its publishes and passing every ACK'd sequence number to {@code acks}.
     * A record that fails its length or CRC check ends the segment: the file is truncated there
     * (a write torn by power loss), so a half message is never delivered. Returns the bytes dropped in {@code torn[0]}.
     */
    static OutboxSegment open(Path path, long firstSeq, LongConsumer acks, long[] torn) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        long fileSize = ch.size();
        OutboxSegment seg = new OutboxSegment(firstSeq, path, ch, HEADER);
        if (fileSize < HEADER) {
            // Created but torn before its magic reached the disk: it never held a record.
            ch.truncate(0);
            writeFully(ch, ByteBuffer.wrap(MAGIC), 0);
            ch.force(true);
            torn[0] += fileSize;
            return seg;
        }
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(ch.position(0)), 1 << 16));
        byte[] magic = in.readNBytes(HEADER);
        if (!Arrays.equals(magic, MAGIC)) {
            ch.close();
            throw new IOException("not an outbox segment (bad magic): " + path);
        }
        long pos = HEADER;
        CRC32C crc = new CRC32C();
        while (pos < fileSize) {
            if (fileSize - pos < RECORD_HEADER) {
                break;
            }
            int len = in.readInt();
            int sum = in.readInt();
            if (len <= 0 || len > MAX_BODY || len > fileSize - pos - RECORD_HEADER) {
                break;
            }
            byte[] body = in.readNBytes(len);
            crc.reset();
            crc.update(body);
            if (body.length != len || (int) crc.getValue() != sum || !seg.index(body, pos, acks)) {
                break;
            }
            pos += RECORD_HEADER + len;
        }
        if (pos < fileSize) {
            torn[0] += fileSize - pos;
            ch.truncate(pos);
            ch.force(true);
        }
        seg.size = pos;
        return seg;
    }

    /** Indexes one record read back from disk; false if it does not parse (then it counts as torn). */
    private boolean index(byte[] body, long offset, LongConsumer acks) {
        ByteBuffer b = ByteBuffer.wrap(body);
        byte type = b.get();
        if (type == PUBLISH && body.length >= PUBLISH_FIXED) {
            long seq = b.getLong();
            if (seq != firstSeq + count) {
                return false;
            }
            add(offset, b.getLong());
            return true;
        }
        if (type == ACK && body.length == 10) {
            acks.accept(b.getLong());
            return true;
        }
        return false;
    }

    private void add(long offset, long time) {
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
            times = Arrays.copyOf(times, count * 2);
        }
        offsets[count] = offset;
        times[count] = time;
        live.set(count);
        liveCount++;
        count++;
    }

    /** Appends an encoded PUBLISH record (see {@link #publishRecord}) for the next sequence number. */
    void appendPublish(byte[] record, long time) throws IOException {
        writeFully(channel, ByteBuffer.wrap(record), size);
        add(size, time);
        size += record.length;
    }

    /** Appends any other encoded record (an ACK). */
    void appendRecord(byte[] record) throws IOException {
        writeFully(channel, ByteBuffer.wrap(record), size);
        size += record.length;
    }

    boolean contains(long seq) {
        return seq >= firstSeq && seq < firstSeq + count;
    }

    boolean isLive(long seq) {
        return contains(seq) && live.get((int) (seq - firstSeq));
    }

    /** Marks a publish as gone (delivered or expired); false if it was not live. */
    boolean kill(long seq) {
        if (!isLive(seq)) {
            return false;
        }
        live.clear((int) (seq - firstSeq));
        liveCount--;
        return true;
    }

    /** The first live sequence number at or above {@code from}, or -1. */
    long nextLive(long from) {
        int i = live.nextSetBit((int) Math.max(0, from - firstSeq));
        return i < 0 ? -1 : firstSeq + i;
    }

    long time(long seq) {
        return times[(int) (seq - firstSeq)];
    }

    int liveCount() {
        return liveCount;
    }

    int count() {
        return count;
    }

    long size() {
        return size;
    }

    /** Reads a publish back, checking its CRC again: the disk may have changed under us. */
    OutboxMessage read(long seq) throws IOException {
        long offset = offsets[(int) (seq - firstSeq)];
        ByteBuffer head = ByteBuffer.allocate(RECORD_HEADER);
        readFully(channel, head, offset);
        int len = head.flip().getInt();
        int sum = head.getInt();
        ByteBuffer body = ByteBuffer.allocate(len);
        readFully(channel, body, offset + RECORD_HEADER);
        CRC32C crc = new CRC32C();
        crc.update(body.array());
        if ((int) crc.getValue() != sum) {
            throw new IOException("outbox record " + seq + " in " + path + " fails its CRC check");
        }
        return decodePublish(body.flip());
    }

    void force() throws IOException {
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    static byte[] publishRecord(long seq, OutboxMessage m) {
        byte[] topic = m.topic().getBytes(UTF_8);
        if (topic.length > 0xFFFF) {
            throw new IllegalArgumentException("topic longer than 65535 bytes");
        }
        int bodyLen = PUBLISH_FIXED + topic.length + m.properties().length + m.payload().length;
        ByteBuffer b = ByteBuffer.allocate(RECORD_HEADER + bodyLen);
        b.position(RECORD_HEADER);
        b.put(PUBLISH).putLong(seq).putLong(m.timestamp()).put((byte) m.qos()).put((byte) (m.retain() ? 1 : 0));
        b.putShort((short) topic.length).put(topic);
        b.putInt(m.properties().length).put(m.properties());
        b.put(m.payload());
        return seal(b, bodyLen);
    }

    static byte[] ackRecord(long seq, byte reason) {
        ByteBuffer b = ByteBuffer.allocate(RECORD_HEADER + 10);
        b.position(RECORD_HEADER);
        b.put(ACK).putLong(seq).put(reason);
        return seal(b, 10);
    }

    private static byte[] seal(ByteBuffer b, int bodyLen) {
        CRC32C crc = new CRC32C();
        crc.update(b.array(), RECORD_HEADER, bodyLen);
        b.putInt(0, bodyLen).putInt(4, (int) crc.getValue());
        return b.array();
    }

    private static OutboxMessage decodePublish(ByteBuffer b) throws IOException {
        if (b.get() != PUBLISH) {
            throw new IOException("outbox index points at a record that is not a publish");
        }
        b.getLong();
        long time = b.getLong();
        int qos = b.get();
        boolean retain = b.get() != 0;
        byte[] topic = new byte[Short.toUnsignedInt(b.getShort())];
        b.get(topic);
        byte[] props = new byte[b.getInt()];
        b.get(props);
        byte[] payload = new byte[b.remaining()];
        b.get(payload);
        return new OutboxMessage(new String(topic, UTF_8), payload, qos, retain, props, time);
    }

    private static void writeFully(FileChannel ch, ByteBuffer b, long pos) throws IOException {
        while (b.hasRemaining()) {
            pos += ch.write(b, pos);
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer b, long pos) throws IOException {
        while (b.hasRemaining()) {
            int n = ch.read(b, pos);
            if (n < 0) {
                throw new IOException("outbox segment " + ch + " ends inside a record");
            }
            pos += n;
        }
    }
}
