// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.buffer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class BufferBindingTest {

    private static String decode(String hex) {
        return BufferBinding.decodeWithReplacement(HexFormat.of().parseHex(hex));
    }

    @Test
    void replacesEachMaximalSubpartOnce() {
        assertEquals("\uFFFD\uFFFD", decode("c180"));
        assertEquals("\uFFFD\uFFFD\uFFFD", decode("eda080"));
        assertEquals("\uFFFD", decode("f09d84"));
        assertEquals("\uFFFDA", decode("e28241"));
        assertEquals("\uFFFD\u1000", decode("e180e18080"));
    }

    @Test
    void keepsWellFormedText() {
        assertEquals("h\u00e9\u20ac\uD83D\uDE00", decode("68c3a9e282acf09f9880"));
    }
}
