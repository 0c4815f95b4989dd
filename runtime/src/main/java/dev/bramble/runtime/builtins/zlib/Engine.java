// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.zlib;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One compression or decompression stream. {@link #write} takes the next input and a flush mode and
 * returns the output it produced, cut into chunkSize pieces as zlib fills its output buffer.
 * Calls come one at a time (a Transform waits for each), on the loop or a worker.
 */
abstract class Engine {

    static final int Z_NO_FLUSH = 0;
    static final int Z_PARTIAL_FLUSH = 1;
    static final int Z_SYNC_FLUSH = 2;
    static final int Z_FULL_FLUSH = 3;
    static final int Z_FINISH = 4;
    static final int Z_BLOCK = 5;

    final int chunkSize;

    Engine(int chunkSize) {
        this.chunkSize = chunkSize;
    }

    abstract List<byte[]> write(byte[] input, int flush) throws ZlibException;

    void params(int level, int strategy) throws ZlibException {
        throw new ZlibException("params() is not supported by this stream", ZlibException.Z_STREAM_ERROR, "Z_STREAM_ERROR");
    }

    abstract void reset() throws ZlibException;

    abstract void close();

    /** Collects output into pieces of at most chunkSize bytes. */
    final class Out {
        final List<byte[]> chunks = new ArrayList<>();
        private final ByteArrayOutputStream current = new ByteArrayOutputStream();

        void add(byte[] b, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, chunkSize - current.size());
                current.write(b, off, n);
                off += n;
                len -= n;
                if (current.size() == chunkSize) cut();
            }
        }

        void add(byte[] b) {
            add(b, 0, b.length);
        }

        private void cut() {
            chunks.add(current.toByteArray());
            current.reset();
        }

        List<byte[]> done() {
            if (current.size() > 0) cut();
            return chunks;
        }
    }
}
