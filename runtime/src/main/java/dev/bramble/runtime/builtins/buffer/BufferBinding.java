// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.buffer;

import dev.bramble.runtime.spi.Host;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Large UTF-8 conversions for {@code buffer}: the JDK codecs beat a JS loop on GraalJS once the
 * input is a few KB (lib/internal/buffer/codecs.js decides by size). The JDK decoder replaces each
 * maximal ill-formed subpart with one U+FFFD, as Node does; the encoder turns lone surrogates into
 * EF BF BD rather than the JDK's default '?'.
 */
public final class BufferBinding {

    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    private final Host host;

    public BufferBinding(Host host) {
        this.host = host;
    }

    @HostAccess.Export
    public String utf8Decode(Value view) {
        return new String(host.bytes(view), StandardCharsets.UTF_8);
    }

    @HostAccess.Export
    public Object utf8Encode(String text) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(REPLACEMENT);
        try {
            ByteBuffer out = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[out.remaining()];
            out.get(bytes);
            return host.buffer(bytes);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("REPLACE never reports coding errors", e);
        }
    }
}
