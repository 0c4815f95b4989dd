// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.spi;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Optional;
import org.graalvm.polyglot.Value;

/** What the runtime gives a binding: the loop, the permission checks, error construction and byte transfer. */
public interface Host {

    /** The event loop: the only thread that may touch JS values. */
    Loop loop();

    /** Permission checks; call {@link Permissions#check} first in every op that touches the outside world. */
    Permissions permissions();

    /** Builds JS errors with Node's shape ({@code code}, {@code errno}, {@code syscall}, {@code path}). */
    JsErrors errors();

    /** The value of a runtime option given on the command line ({@code --board}, {@code --sim}), if any. */
    Optional<String> option(String name);

    /** The application's data directory (created on demand), e.g. for the MQTT outbox. */
    Path dataDir();

    /** Copies the bytes of a JS {@code Buffer}/{@code Uint8Array}/{@code ArrayBuffer} into a new array. */
    byte[] bytes(Value view);

    /** Wraps Java bytes for JS without copying; the JS glue turns it into a Buffer with {@code Buffer.from(new ArrayBuffer(x))}. */
    default Object buffer(byte[] bytes) {
        return ByteBuffer.wrap(bytes);
    }
}
