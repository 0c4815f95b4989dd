// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KdfTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void pbkdf2MatchesRfc6070() {
        assertEquals("0c60c80f961f0e71f3a9b524af6012062fe037a6",
                HexFormat.of().formatHex(Kdf.pbkdf2(ascii("password"), ascii("salt"), 1, 20, "SHA-1")));
        assertEquals("4b007901b765489abead49d926f721d065a429c1",
                HexFormat.of().formatHex(Kdf.pbkdf2(ascii("password"), ascii("salt"), 4096, 20, "SHA-1")));
    }

    @Test
    void pbkdf2AcceptsAnEmptyPassword() {
        // HMAC zero-pads keys, so the JCA-rejected empty key is computed as one zero byte.
        assertEquals(Kdf.pbkdf2(new byte[0], ascii("s"), 3, 16, "SHA-256").length, 16);
        assertEquals(HexFormat.of().formatHex(Kdf.pbkdf2(new byte[0], ascii("s"), 3, 16, "SHA-256")),
                HexFormat.of().formatHex(Kdf.pbkdf2(new byte[1], ascii("s"), 3, 16, "SHA-256")));
    }

    @Test
    void scryptMatchesRfc7914() {
        assertEquals("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                        + "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906",
                HexFormat.of().formatHex(Kdf.scrypt(new byte[0], new byte[0], 16, 1, 1, 64)));
        assertEquals("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                        + "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640",
                HexFormat.of().formatHex(Kdf.scrypt(ascii("password"), ascii("NaCl"), 1024, 8, 16, 64)));
    }
}
