// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.http;

import dev.bramble.runtime.spi.Host;
import java.util.Arrays;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('http_parser')}: {@link HttpParser} for the http module's JS, in the
 * place of Node's llhttp binding. The parser calls back into JS synchronously, inside
 * {@code execute()}, as llhttp's callbacks do. Ops: {@link #create}.
 */
public final class HttpParserBinding {

    private final Host host;

    public HttpParserBinding(Host host) {
        this.host = host;
    }

    /**
     * A parser of requests (type 1) or responses (2). {@code callbacks} has
     * {@code onHeadersComplete(major, minor, headers, method, url, status, reason, upgrade, keepAlive)}
     * (headers are "name\0value\0..." in arrival order), {@code onBody(ArrayBuffer)} and
     * {@code onMessageComplete(trailers)}.
     */
    @HostAccess.Export
    public Parser create(int type, int maxHeaderSize, Value callbacks) {
        return new Parser(host, type, maxHeaderSize, callbacks);
    }

    /** One parser; JS holds it for a connection (or a pool of them). */
    public static final class Parser implements HttpParser.Listener {
        private final Host host;
        private final HttpParser parser;
        private final Value onHeadersComplete, onBody, onMessageComplete;

        Parser(Host host, int type, int maxHeaderSize, Value callbacks) {
            this.host = host;
            this.parser = new HttpParser(type, maxHeaderSize, this);
            this.onHeadersComplete = callbacks.getMember("onHeadersComplete");
            this.onBody = callbacks.getMember("onBody");
            this.onMessageComplete = callbacks.getMember("onMessageComplete");
        }

        /** Bytes consumed, or -1: then errorCode()/errorReason()/errorPos() say why. */
        @HostAccess.Export
        public int execute(Value view) {
            byte[] b = host.bytes(view);
            return parser.execute(b, 0, b.length);
        }

        @HostAccess.Export
        public int finish() {
            return parser.finish();
        }

        @HostAccess.Export
        public void reset() {
            parser.reset();
        }

        @HostAccess.Export
        public void setMaxHeaderSize(int n) {
            parser.setMaxHeaderSize(n);
        }

        @HostAccess.Export
        public String errorCode() {
            return parser.errorCode();
        }

        @HostAccess.Export
        public String errorReason() {
            return parser.errorReason();
        }

        @HostAccess.Export
        public int errorPos() {
            return parser.errorPos();
        }

        @Override
        public int onHeadersComplete(int major, int minor, String[] headers, int count, String method, String url,
                                     int status, String reason, boolean upgrade, boolean keepAlive) {
            Value r = onHeadersComplete.execute(major, minor, join(headers, count), method, url, status, reason,
                    upgrade, keepAlive);
            return r.isNumber() ? r.asInt() : 0;
        }

        @Override
        public void onBody(byte[] data, int offset, int length) {
            onBody.execute(host.buffer(Arrays.copyOfRange(data, offset, offset + length)));
        }

        @Override
        public void onMessageComplete(String[] trailers, int count) {
            onMessageComplete.execute(trailers == null ? null : join(trailers, count));
        }

        private static String join(String[] parts, int count) {
            if (count == 0) return "";
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < count; i++) {
                if (i > 0) sb.append('\0');
                sb.append(parts[i]);
            }
            return sb.toString();
        }
    }
}
