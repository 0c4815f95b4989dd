// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.zlib;

/** Brotli streams; not available yet. */
final class Brotli {

    private Brotli() {}

    static boolean isAvailable() {
        return false;
    }

    static String unavailabilityCause() {
        return "no brotli library";
    }

    static Engine encoder(int[] params, int chunkSize) throws ZlibException {
        throw new ZlibException("brotli is not available", ZlibException.Z_STREAM_ERROR, "Z_STREAM_ERROR");
    }

    static Engine decoder(int chunkSize) throws ZlibException {
        throw new ZlibException("brotli is not available", ZlibException.Z_STREAM_ERROR, "Z_STREAM_ERROR");
    }
}
