// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.zlib;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.encoder.Encoder;
import com.aayushatharva.brotli4j.encoder.EncoderJNI;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Brotli streams over brotli4j (Google's brotli through JNI; native builds for Linux x86-64, arm64
 * and armv7 ship with the runtime). The encoder takes Node's quality, window and mode parameters;
 * brotli4j has no setter for the others, which are accepted and ignored.
 */
final class Brotli {

    private static final int PARAM_MODE = 0;
    private static final int PARAM_QUALITY = 1;
    private static final int PARAM_LGWIN = 2;
    private static final int BUFFER = 64 * 1024;

    private Brotli() {}

    static boolean isAvailable() {
        try {
            return Brotli4jLoader.isAvailable();
        } catch (LinkageError e) {
            return false;
        }
    }

    static String unavailabilityCause() {
        if (isAvailable()) return null;
        try {
            Throwable t = Brotli4jLoader.getUnavailabilityCause();
            return t == null ? "brotli4j did not load" : String.valueOf(t.getMessage());
        } catch (LinkageError e) {
            return "brotli4j is not on the class path (" + e.getMessage() + ")";
        }
    }

    static Engine encoder(int[] params, int chunkSize) throws ZlibException {
        int quality = params[PARAM_QUALITY] >= 0 ? params[PARAM_QUALITY] : 11;
        int lgwin = params[PARAM_LGWIN] >= 0 ? params[PARAM_LGWIN] : 22;
        Encoder.Mode mode = params[PARAM_MODE] >= 0 ? Encoder.Mode.of(params[PARAM_MODE]) : Encoder.Mode.GENERIC;
        return new EncodeEngine(() -> new EncoderJNI.Wrapper(BUFFER, quality, lgwin, mode), chunkSize);
    }

    interface Factory<T> {
        T make() throws IOException;
    }

    private static <T> T make(Factory<T> f) throws ZlibException {
        try {
            return f.make();
        } catch (IOException | IllegalArgumentException e) {
            throw new ZlibException("Initialization failed", ZlibException.Z_STREAM_ERROR, "ERR_ZLIB_INITIALIZATION_FAILED");
        }
    }

    static Engine decoder(int chunkSize) throws ZlibException {
        return new DecodeEngine(() -> new DecoderJNI.Wrapper(BUFFER), chunkSize);
    }

    private static void drain(ByteBuffer from, Engine.Out out) {
        byte[] b = new byte[from.remaining()];
        from.get(b);
        out.add(b);
    }

    private static final class EncodeEngine extends Engine {
        private final Factory<EncoderJNI.Wrapper> factory;
        private EncoderJNI.Wrapper enc;

        EncodeEngine(Factory<EncoderJNI.Wrapper> factory, int chunkSize) throws ZlibException {
            super(chunkSize);
            this.factory = factory;
            this.enc = make(factory);
        }

        @Override
        List<byte[]> write(byte[] input, int flush) throws ZlibException {
            Out out = new Out();
            if (enc.isFinished()) return out.done();
            EncoderJNI.Operation last = switch (flush) {
                case 1, 3 -> EncoderJNI.Operation.FLUSH; // EMIT_METADATA: brotli4j cannot, a flush is the nearest
                case 2 -> EncoderJNI.Operation.FINISH;
                default -> EncoderJNI.Operation.PROCESS;
            };
            int off = 0;
            do {
                ByteBuffer in = enc.getInputBuffer();
                in.clear();
                int n = Math.min(in.capacity(), input.length - off);
                in.put(input, off, n);
                off += n;
                enc.push(off < input.length ? EncoderJNI.Operation.PROCESS : last, n);
                while (true) {
                    if (!enc.isSuccess()) throw ZlibException.data("Compression failed");
                    if (enc.hasMoreOutput()) drain(enc.pull(), out);
                    else if (enc.hasRemainingInput()) enc.push(off < input.length ? EncoderJNI.Operation.PROCESS : last, 0);
                    else break;
                }
            } while (off < input.length);
            return out.done();
        }

        /** brotli has no reset: a new encoder with the same parameters. */
        @Override
        void reset() throws ZlibException {
            enc.destroy();
            enc = make(factory);
        }

        @Override
        void close() {
            enc.destroy();
        }
    }

    private static final class DecodeEngine extends Engine {
        private final Factory<DecoderJNI.Wrapper> factory;
        private DecoderJNI.Wrapper dec;
        private boolean done;

        DecodeEngine(Factory<DecoderJNI.Wrapper> factory, int chunkSize) throws ZlibException {
            super(chunkSize);
            this.factory = factory;
            this.dec = make(factory);
        }

        @Override
        List<byte[]> write(byte[] input, int flush) throws ZlibException {
            Out out = new Out();
            int off = 0;
            while (!done && (off < input.length || dec.getStatus() != DecoderJNI.Status.NEEDS_MORE_INPUT)) {
                switch (dec.getStatus()) {
                    case NEEDS_MORE_INPUT -> {
                        if (dec.hasOutput()) {
                            drain(dec.pull(), out);
                            break;
                        }
                        ByteBuffer in = dec.getInputBuffer();
                        in.clear();
                        int n = Math.min(in.capacity(), input.length - off);
                        in.put(input, off, n);
                        off += n;
                        dec.push(n);
                    }
                    case NEEDS_MORE_OUTPUT -> drain(dec.pull(), out);
                    case OK -> dec.push(0);
                    case DONE -> {
                        if (dec.hasOutput()) drain(dec.pull(), out);
                        done = true;
                    }
                    default -> throw new ZlibException("Decompression failed", -1, "ERR_BROTLI_DECOMPRESSION_FAILED");
                }
            }
            if (!done && dec.hasOutput()) drain(dec.pull(), out);
            if (flush == 2 && !done) throw ZlibException.unexpectedEnd();
            return out.done();
        }

        @Override
        void reset() throws ZlibException {
            dec.destroy();
            dec = make(factory);
            done = false;
        }

        @Override
        void close() {
            dec.destroy();
        }
    }
}
