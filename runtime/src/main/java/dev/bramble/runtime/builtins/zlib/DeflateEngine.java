// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.zlib;

import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * deflate (zlib format), deflateRaw and gzip over java.util.zip.Deflater. The gzip header and
 * trailer are written here, with the bytes zlib writes (no name, mtime 0, OS 3 = Unix, XFL from
 * the level), so Bramble's gzip starts like Node's.
 */
final class DeflateEngine extends Engine {

    private final boolean gzip;
    private final byte[] dictionary;
    private Deflater deflater;
    private final byte[] buf;
    private CRC32 crc;
    private long size;
    private boolean headerWritten;
    private boolean trailerWritten;
    private int level;
    private int strategy;

    DeflateEngine(int mode, int level, int strategy, byte[] dictionary, int chunkSize) {
        super(chunkSize);
        this.gzip = mode == ZlibBinding.GZIP;
        this.dictionary = dictionary;
        this.level = level;
        this.strategy = strategy;
        this.buf = new byte[Math.max(chunkSize, 64)];
        start(mode == ZlibBinding.DEFLATERAW || gzip);
    }

    private void start(boolean raw) {
        deflater = new Deflater(level, raw);
        deflater.setStrategy(javaStrategy(strategy));
        if (dictionary != null) deflater.setDictionary(dictionary);
        crc = new CRC32();
        size = 0;
        headerWritten = false;
        trailerWritten = false;
    }

    // java.util.zip knows default, filtered and Huffman-only; RLE and FIXED fall back to the default.
    private static int javaStrategy(int strategy) {
        return switch (strategy) {
            case 1 -> Deflater.FILTERED;
            case 2 -> Deflater.HUFFMAN_ONLY;
            default -> Deflater.DEFAULT_STRATEGY;
        };
    }

    @Override
    List<byte[]> write(byte[] input, int flush) {
        Out out = new Out();
        if (gzip && !headerWritten) {
            int xfl = level == 9 ? 2 : (strategy >= 2 || (level >= 0 && level < 2)) ? 4 : 0;
            out.add(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3});
            headerWritten = true;
        }
        if (deflater.finished()) return out.done();
        if (gzip) {
            crc.update(input);
            size += input.length;
        }
        deflater.setInput(input);
        if (flush == Z_FINISH) {
            deflater.finish();
            while (!deflater.finished()) out.add(buf, 0, deflater.deflate(buf));
        } else {
            int mode = switch (flush) {
                case Z_SYNC_FLUSH, Z_PARTIAL_FLUSH, Z_BLOCK -> Deflater.SYNC_FLUSH;
                case Z_FULL_FLUSH -> Deflater.FULL_FLUSH;
                default -> Deflater.NO_FLUSH;
            };
            while (true) {
                int n = deflater.deflate(buf, 0, buf.length, mode);
                out.add(buf, 0, n);
                if (mode == Deflater.NO_FLUSH ? deflater.needsInput() : n < buf.length) break;
            }
        }
        if (gzip && deflater.finished() && !trailerWritten) {
            long c = crc.getValue();
            out.add(new byte[] {(byte) c, (byte) (c >> 8), (byte) (c >> 16), (byte) (c >> 24),
                (byte) size, (byte) (size >> 8), (byte) (size >> 16), (byte) (size >> 24)});
            trailerWritten = true;
        }
        return out.done();
    }

    @Override
    void params(int level, int strategy) {
        this.level = level;
        this.strategy = strategy;
        deflater.setLevel(level);
        deflater.setStrategy(javaStrategy(strategy));
    }

    @Override
    void reset() {
        deflater.reset();
        if (dictionary != null) deflater.setDictionary(dictionary);
        crc.reset();
        size = 0;
        headerWritten = false;
        trailerWritten = false;
    }

    @Override
    void close() {
        deflater.end();
    }
}
