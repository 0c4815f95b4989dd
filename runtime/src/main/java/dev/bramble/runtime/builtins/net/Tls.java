// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.net;

/** TLS helpers shared by sockets (filled in with the tls binding). */
final class Tls {
    private Tls() {}

    static String describe(Throwable e) {
        return String.valueOf(e.getMessage());
    }
}
