// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.zlib;

/** CRC-32 (IEEE, as zlib's crc32) continued from a previous value, which java.util.zip.CRC32 cannot do. */
final class Crc32 {

    private static final int[] TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            TABLE[n] = c;
        }
    }

    private Crc32() {}

    static long combine(long crc, byte[] data) {
        int c = ~(int) crc;
        for (byte b : data) c = TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
        return ~c & 0xffffffffL;
    }
}
