// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.zlib;

/** A zlib (or brotli) failure as Node reports it: zlib's message, its return code and that code's name. */
final class ZlibException extends Exception {

    static final int Z_NEED_DICT = 2;
    static final int Z_STREAM_ERROR = -2;
    static final int Z_DATA_ERROR = -3;
    static final int Z_MEM_ERROR = -4;
    static final int Z_BUF_ERROR = -5;

    final int errno;
    final String code;

    ZlibException(String message, int errno, String code) {
        super(message, null, false, false);
        this.errno = errno;
        this.code = code;
    }

    static ZlibException data(String message) {
        return new ZlibException(message == null ? "invalid data" : message, Z_DATA_ERROR, "Z_DATA_ERROR");
    }

    static ZlibException unexpectedEnd() {
        return new ZlibException("unexpected end of file", Z_BUF_ERROR, "Z_BUF_ERROR");
    }
}
