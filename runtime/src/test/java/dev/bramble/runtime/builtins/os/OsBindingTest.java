// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OsBindingTest {

    @Test
    void writesIpv6LikeNode() {
        byte[] loopback = new byte[16];
        loopback[15] = 1;
        assertEquals("::1", OsBinding.compressV6(loopback));
        byte[] mask = new byte[16];
        for (int i = 0; i < 8; i++) mask[i] = (byte) 0xff;
        assertEquals("ffff:ffff:ffff:ffff::", OsBinding.compressV6(mask));
    }

    @Test
    void readsLinuxFacts() {
        OsBinding os = new OsBinding(null);
        assertTrue(os.cpus().startsWith("[{\"model\":"), os.cpus());
        assertTrue(os.meminfo().matches("\\[\\d+,\\d+\\]"), os.meminfo());
        assertTrue(os.networkInterfaces().contains("\"lo\":[{\"address\":\"127.0.0.1\""), os.networkInterfaces());
    }
}
