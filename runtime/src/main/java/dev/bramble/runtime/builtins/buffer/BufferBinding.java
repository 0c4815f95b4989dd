// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.buffer;

import dev.bramble.runtime.spi.Host;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Large UTF-8 decoding for {@code buffer}: Java beats a JS loop on GraalJS from about 2 KB
 * (lib/internal/buffer/codecs.js decides by size and records the measurements). Encoding stays in
 * JS: through the host it was slower at every size.
 *
 * <p>Well-formed input goes through the JDK decoder. Ill-formed input is decoded here by the
 * WHATWG algorithm, one U+FFFD per maximal subpart as Node does: the JDK's REPLACE mode groups
 * some ill-formed sequences differently.
 */
public final class BufferBinding {

    private final Host host;

    public BufferBinding(Host host) {
        this.host = host;
    }

    @HostAccess.Export
    public String utf8Decode(Value view) {
        byte[] bytes = host.bytes(view);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return decodeWithReplacement(bytes);
        }
    }

    static String decodeWithReplacement(byte[] b) {
        StringBuilder out = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            int need;
            int cp;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                cp = c & 0x1F;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                cp = c & 0x0F;
                if (c == 0xE0) lo = 0xA0;
                else if (c == 0xED) hi = 0x9F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                cp = c & 0x07;
                if (c == 0xF0) lo = 0x90;
                else if (c == 0xF4) hi = 0x8F;
            } else {
                out.append('\uFFFD');
                i++;
                continue;
            }
            int j = i + 1;
            boolean ok = true;
            for (int k = 0; k < need; k++, j++) {
                int d = j < b.length ? b[j] & 0xff : -1;
                if (d < lo || d > hi) {
                    ok = false;
                    break;
                }
                lo = 0x80;
                hi = 0xBF;
                cp = (cp << 6) | (d & 0x3F);
            }
            i = j;
            if (ok) out.appendCodePoint(cp);
            else out.append('\uFFFD');
        }
        return out.toString();
    }
}
