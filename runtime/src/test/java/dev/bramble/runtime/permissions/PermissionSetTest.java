// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.permissions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bramble.runtime.spi.Permissions.Kind;
import org.junit.jupiter.api.Test;

class PermissionSetTest {

    @Test
    void aBareHostIsGrantedByAnyGrantForIt() {
        // dns checks the name alone; the grant may name a port for the connection that follows.
        assertTrue(PermissionSet.match(Kind.NET, "example.com:443", "example.com"));
        assertTrue(PermissionSet.match(Kind.NET, "example.com", "example.com"));
        assertFalse(PermissionSet.match(Kind.NET, "example.com:443", "other.com"));
    }

    @Test
    void aPortIsGrantedOnlyByItsHostWithThatPortOrNone() {
        assertTrue(PermissionSet.match(Kind.NET, "example.com", "example.com:80"));
        assertTrue(PermissionSet.match(Kind.NET, "example.com:80", "example.com:80"));
        assertFalse(PermissionSet.match(Kind.NET, "example.com:443", "example.com:80"));
        assertTrue(PermissionSet.match(Kind.NET, "*:5683", "[::1]:5683"));
    }

    @Test
    void programsMatchByNameOrPath() {
        assertTrue(PermissionSet.match(Kind.RUN, "sh", "/bin/sh"));
        assertTrue(PermissionSet.match(Kind.RUN, "sh", "sh"));
        assertFalse(PermissionSet.match(Kind.RUN, "sh", "bash"));
    }
}
