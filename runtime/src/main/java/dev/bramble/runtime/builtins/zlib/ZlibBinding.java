// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.zlib;

import dev.bramble.runtime.spi.Host;
import dev.bramble.runtime.spi.Loop;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.zip.CRC32;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code zlib}: java.util.zip's Deflater/Inflater (the JDK's zlib) for deflate, gzip and their raw and
 * auto-detecting forms, and brotli4j for brotli. lib/zlib.js validates options and builds the
 * Transform streams; a {@link Handle} is one stream, written synchronously or on the worker pool.
 */
public final class ZlibBinding {

    // Node's mode numbers (zlib.constants.DEFLATE ...).
    static final int DEFLATE = 1;
    static final int INFLATE = 2;
    static final int GZIP = 3;
    static final int GUNZIP = 4;
    static final int DEFLATERAW = 5;
    static final int INFLATERAW = 6;
    static final int UNZIP = 7;
    static final int BROTLI_DECODE = 8;
    static final int BROTLI_ENCODE = 9;

    private final Host host;
    private Value makeError; // (message, errno, code) => Error

    public ZlibBinding(Host host) {
        this.host = host;
    }

    // ---- the ops ----

    @HostAccess.Export
    public void init(Value makeError) {
        this.makeError = makeError;
    }

    /** A zlib stream; dictionary may be null. */
    @HostAccess.Export
    public Handle create(int mode, int level, int strategy, Value dictionary, int chunkSize) {
        byte[] dict = dictionary == null || dictionary.isNull() ? null : host.bytes(dictionary);
        Engine e = switch (mode) {
            case DEFLATE, GZIP, DEFLATERAW -> new DeflateEngine(mode, level, strategy, dict, chunkSize);
            case INFLATE, GUNZIP, INFLATERAW, UNZIP -> new InflateEngine(mode, dict, chunkSize);
            default -> throw host.errors().throwError("TypeError", "ERR_INVALID_ARG_VALUE", "Bad zlib mode: " + mode);
        };
        return new Handle(e);
    }

    /** A brotli stream, or null if brotli4j's native library cannot load here (lib/zlib.js says so). */
    @HostAccess.Export
    public Handle createBrotli(int mode, Value params, int chunkSize) {
        if (!Brotli.isAvailable()) return null;
        int[] p = new int[(int) params.getArraySize()];
        for (int i = 0; i < p.length; i++) p[i] = params.getArrayElement(i).asInt();
        try {
            return new Handle(mode == BROTLI_ENCODE ? Brotli.encoder(p, chunkSize) : Brotli.decoder(chunkSize));
        } catch (ZlibException e) {
            throw error(e).throwException();
        }
    }

    /** Why brotli is unavailable (null when it is available). */
    @HostAccess.Export
    public String brotliUnavailable() {
        return Brotli.unavailabilityCause();
    }

    @HostAccess.Export
    public double crc32(Value data, double value) {
        CRC32 c = new CRC32();
        byte[] b = host.bytes(data);
        if (value == 0) {
            c.update(b);
            return c.getValue();
        }
        return Crc32.combine((long) value, b);
    }

    /** One stream: JS holds it as the zlib object's _handle. */
    public final class Handle {
        private final Engine engine;
        private boolean closed;

        Handle(Engine engine) {
            this.engine = engine;
        }

        /** Output chunks (ByteBuffers the JS side wraps without copying) for input [offset, offset+length) of an ArrayBuffer. */
        @HostAccess.Export
        public Object writeSync(Value arrayBuffer, int offset, int length, int flush) {
            try {
                return buffers(engine.write(copy(arrayBuffer, offset, length), flush));
            } catch (ZlibException e) {
                throw error(e).throwException();
            }
        }

        /** The same on the worker pool: callback(err, chunks) on the loop. */
        @HostAccess.Export
        public void write(Value arrayBuffer, int offset, int length, int flush, Value callback) {
            byte[] in = copy(arrayBuffer, offset, length);
            Loop loop = host.loop();
            Loop.Handle keepAlive = loop.handle("zlib");
            loop.workers().execute(() -> {
                List<byte[]> out = null;
                ZlibException failure = null;
                try {
                    out = engine.write(in, flush);
                } catch (ZlibException e) {
                    failure = e;
                } catch (RuntimeException e) {
                    failure = new ZlibException(String.valueOf(e.getMessage()), ZlibException.Z_STREAM_ERROR, "Z_STREAM_ERROR");
                }
                List<byte[]> done = out;
                ZlibException failed = failure;
                loop.execute(() -> {
                    keepAlive.close();
                    if (failed != null) loop.call(callback, error(failed));
                    else loop.call(callback, null, buffers(done));
                });
            });
        }

        @HostAccess.Export
        public void params(int level, int strategy) {
            try {
                engine.params(level, strategy);
            } catch (ZlibException e) {
                throw error(e).throwException();
            }
        }

        @HostAccess.Export
        public void reset() {
            try {
                engine.reset();
            } catch (ZlibException e) {
                throw error(e).throwException();
            }
        }

        @HostAccess.Export
        public void close() {
            if (closed) return;
            closed = true;
            engine.close();
        }
    }

    /** One bulk copy out of an ArrayBuffer (a typed array's getters cost more than the copy). */
    private static byte[] copy(Value arrayBuffer, int offset, int length) {
        byte[] b = new byte[length];
        if (length > 0) arrayBuffer.readBuffer(offset, b, 0, length);
        return b;
    }

    private Object[] buffers(List<byte[]> chunks) {
        Object[] out = new Object[chunks.size()];
        for (int i = 0; i < out.length; i++) out[i] = ByteBuffer.wrap(chunks.get(i));
        return out;
    }

    private Value error(ZlibException e) {
        return makeError.execute(e.getMessage(), e.errno, e.code);
    }
}
