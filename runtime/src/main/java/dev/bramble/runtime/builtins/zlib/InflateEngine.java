// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.zlib;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * inflate (zlib format), inflateRaw, gunzip and unzip (gzip or zlib, by the first bytes) over
 * java.util.zip.Inflater. gzip headers and trailers are parsed here as zlib does, with its messages;
 * after a gzip member another one may follow (a non-zero byte starts it), as Node's gunzip reads.
 */
final class InflateEngine extends Engine {

    private enum State { DETECT, GZIP_HEADER, BODY, TRAILER, DONE }

    private final int mode;
    private final byte[] dictionary;
    private final byte[] buf;
    private Inflater inflater;
    private boolean gzip;
    private State state;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(); // unconsumed header/trailer bytes
    private final CRC32 crc = new CRC32();
    private long size;

    InflateEngine(int mode, byte[] dictionary, int chunkSize) {
        super(chunkSize);
        this.mode = mode;
        this.dictionary = dictionary;
        this.buf = new byte[Math.max(chunkSize, 64)];
        reset();
    }

    @Override
    void reset() {
        if (inflater != null) inflater.end();
        gzip = mode == ZlibBinding.GUNZIP;
        state = mode == ZlibBinding.UNZIP ? State.DETECT : gzip ? State.GZIP_HEADER : State.BODY;
        inflater = new Inflater(mode == ZlibBinding.INFLATERAW || gzip);
        if (mode == ZlibBinding.INFLATERAW && dictionary != null) inflater.setDictionary(dictionary);
        pending.reset();
        crc.reset();
        size = 0;
    }

    @Override
    List<byte[]> write(byte[] input, int flush) throws ZlibException {
        Out out = new Out();
        byte[] data = input;
        if (pending.size() > 0) {
            pending.writeBytes(input);
            data = pending.toByteArray();
            pending.reset();
        }
        int off = 0;
        while (off < data.length && state != State.DONE) {
            switch (state) {
                case DETECT -> {
                    if (data.length - off < 2) {
                        pending.write(data, off, data.length - off);
                        off = data.length;
                        break;
                    }
                    gzip = (data[off] & 0xff) == 0x1f && (data[off + 1] & 0xff) == 0x8b;
                    inflater.end();
                    inflater = new Inflater(gzip);
                    state = gzip ? State.GZIP_HEADER : State.BODY;
                }
                case GZIP_HEADER -> {
                    int end = headerEnd(data, off);
                    if (end < 0) {
                        pending.write(data, off, data.length - off);
                        off = data.length;
                    } else {
                        off = end;
                        state = State.BODY;
                    }
                }
                case BODY -> off = inflate(data, off, out);
                case TRAILER -> {
                    if (data.length - off < 8) {
                        pending.write(data, off, data.length - off);
                        off = data.length;
                        break;
                    }
                    if (le32(data, off) != crc.getValue()) throw ZlibException.data("incorrect data check");
                    if (le32(data, off + 4) != (size & 0xffffffffL)) throw ZlibException.data("incorrect length check");
                    off += 8;
                    // Another member follows unless the rest is zero padding (what Node's gunzip does).
                    if (off < data.length && data[off] != 0) {
                        inflater.reset();
                        crc.reset();
                        size = 0;
                        state = State.GZIP_HEADER;
                    } else {
                        state = State.DONE;
                    }
                }
                default -> off = data.length;
            }
        }
        if (flush == Z_FINISH && state != State.DONE && !(state == State.BODY && inflater.finished())) {
            throw ZlibException.unexpectedEnd();
        }
        return out.done();
    }

    private int inflate(byte[] data, int off, Out out) throws ZlibException {
        inflater.setInput(data, off, data.length - off);
        try {
            while (true) {
                int n = inflater.inflate(buf);
                if (n > 0) {
                    out.add(buf, 0, n);
                    if (gzip) {
                        crc.update(buf, 0, n);
                        size += n;
                    }
                    continue;
                }
                if (inflater.needsDictionary()) {
                    if (dictionary == null) throw new ZlibException("Missing dictionary", ZlibException.Z_NEED_DICT, "Z_NEED_DICT");
                    try {
                        inflater.setDictionary(dictionary);
                    } catch (IllegalArgumentException e) {
                        throw new ZlibException("Bad dictionary", ZlibException.Z_NEED_DICT, "Z_NEED_DICT");
                    }
                    continue;
                }
                if (inflater.finished() || inflater.needsInput()) break;
            }
        } catch (DataFormatException e) {
            throw ZlibException.data(e.getMessage());
        }
        int used = data.length - inflater.getRemaining();
        if (inflater.finished()) state = gzip ? State.TRAILER : State.DONE;
        return inflater.finished() ? used : data.length;
    }

    /** The offset just after a complete gzip header at off, or -1 if more bytes are needed. */
    private static int headerEnd(byte[] d, int off) throws ZlibException {
        int n = d.length - off;
        if (n >= 1 && (d[off] & 0xff) != 0x1f || n >= 2 && (d[off + 1] & 0xff) != 0x8b) {
            throw ZlibException.data("incorrect header check");
        }
        if (n < 10) return -1;
        if (d[off + 2] != 8) throw ZlibException.data("unknown compression method");
        int flags = d[off + 3] & 0xff;
        if ((flags & 0xe0) != 0) throw ZlibException.data("unknown header flags set");
        int p = off + 10;
        if ((flags & 4) != 0) { // FEXTRA
            if (d.length - p < 2) return -1;
            p += 2 + ((d[p] & 0xff) | (d[p + 1] & 0xff) << 8);
        }
        for (int bit : new int[] {8, 16}) { // FNAME, FCOMMENT: zero-terminated
            if ((flags & bit) == 0) continue;
            while (p < d.length && d[p] != 0) p++;
            if (p >= d.length) return -1;
            p++;
        }
        if ((flags & 2) != 0) { // FHCRC
            if (d.length - p < 2) return -1;
            CRC32 c = new CRC32();
            c.update(d, off, p - off);
            if (((d[p] & 0xff) | (d[p + 1] & 0xff) << 8) != (c.getValue() & 0xffff)) throw ZlibException.data("header crc mismatch");
            p += 2;
        }
        return p <= d.length ? p : -1;
    }

    private static long le32(byte[] d, int off) {
        return (d[off] & 0xffL) | (d[off + 1] & 0xffL) << 8 | (d[off + 2] & 0xffL) << 16 | (d[off + 3] & 0xffL) << 24;
    }

    @Override
    void close() {
        inflater.end();
    }
}
