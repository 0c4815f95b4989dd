// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpParserTest {

    /** Records what the parser reports as one line per event. */
    static final class Recorder implements HttpParser.Listener {
        final List<String> events = new ArrayList<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        int skip;

        @Override
        public int onHeadersComplete(int major, int minor, String[] headers, int count, String method, String url,
                                     int status, String reason, boolean upgrade, boolean keepAlive) {
            events.add("head " + (method != null ? method + " " + url : status + " " + reason) + " " + major + "." + minor
                    + " " + List.of(Arrays.copyOf(headers, count)) + (upgrade ? " upgrade" : "") + (keepAlive ? " keep-alive" : ""));
            return skip;
        }

        @Override
        public void onBody(byte[] data, int offset, int length) {
            body.write(data, offset, length);
        }

        @Override
        public void onMessageComplete(String[] trailers, int count) {
            events.add("complete " + body.toString(StandardCharsets.ISO_8859_1)
                    + (trailers == null ? "" : " " + List.of(Arrays.copyOf(trailers, count))));
            body.reset();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Recorder parse(int type, String input, boolean byteByByte) {
        Recorder r = new Recorder();
        HttpParser p = new HttpParser(type, 16384, r);
        byte[] b = bytes(input);
        if (byteByByte) {
            for (int i = 0; i < b.length; i++) assertEquals(1, p.execute(b, i, 1), "at " + i + ": " + p.errorReason());
        } else {
            assertEquals(b.length, p.execute(b, 0, b.length), String.valueOf(p.errorReason()));
        }
        return r;
    }

    @Test
    void requestsInOneGoAndByteByByteGiveTheSameEvents() {
        String in = "POST /a?b=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
                + "GET /two HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        List<String> expected = List.of(
                "head POST /a?b=1 1.1 [Host, x, Content-Length, 5] keep-alive", "complete hello",
                "head GET /two 1.1 [Host, x, Connection, close]", "complete ");
        assertEquals(expected, parse(HttpParser.REQUEST, in, false).events);
        assertEquals(expected, parse(HttpParser.REQUEST, in, true).events);
    }

    @Test
    void chunkedBodiesWithExtensionsAndTrailers() {
        String in = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;x=1\r\nhello\r\nA\r\n 012345678\r\n0\r\nT: v\r\n\r\n";
        for (boolean split : new boolean[] {false, true}) {
            Recorder r = parse(HttpParser.REQUEST, in, split);
            assertEquals("complete hello 012345678 [T, v]", r.events.get(1));
        }
    }

    @Test
    void responsesEndByLengthChunksOrEof() {
        HttpParser.Listener none = new Recorder();
        Recorder r = new Recorder();
        HttpParser p = new HttpParser(HttpParser.RESPONSE, 16384, r);
        byte[] b = bytes("HTTP/1.1 200 OK\r\nX: y\r\n\r\nuntil the end");
        assertEquals(b.length, p.execute(b, 0, b.length));
        assertEquals(0, p.finish());
        assertEquals(List.of("head 200 OK 1.1 [X, y]", "complete until the end"), r.events);
        assertTrue(none != null);

        Recorder head = new Recorder();
        head.skip = 1;  // a response to HEAD: Content-Length but no body follows
        p = new HttpParser(HttpParser.RESPONSE, 16384, head);
        b = bytes("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n");
        assertEquals(b.length, p.execute(b, 0, b.length));
        assertEquals(4, head.events.size());
    }

    @Test
    void upgradeStopsAfterTheHeadLeavingTheRest() {
        Recorder r = new Recorder();
        HttpParser p = new HttpParser(HttpParser.REQUEST, 16384, r);
        String head = "GET /ws HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n";
        byte[] b = bytes(head + "\u0081\u0005frame");
        assertEquals(head.length(), p.execute(b, 0, b.length));
        assertTrue(p.upgraded());
        assertTrue(r.events.get(0).endsWith("upgrade keep-alive"), r.events.toString());
    }

    /** Inputs with llhttp's code and reason as Node 20 reports them; the offset is llhttp's or within a byte of it. */
    @Test
    void errorsCarryLlhttpCodesReasonsAndPositions() {
        Object[][] cases = {
            {"FOO / HTTP/1.1\r\n\r\n", "HPE_INVALID_METHOD", "Invalid method encountered", 1},
            {"get / HTTP/1.1\r\n\r\n", "HPE_INVALID_METHOD", "Invalid method encountered", 0},
            {"GET\r\n\r\n", "HPE_INVALID_METHOD", "Expected space after method", 3},
            {"GET / HTTP/1.1\r\nBad Header: x\r\n\r\n", "HPE_INVALID_HEADER_TOKEN", "Invalid header token", 19},
            {"GET / HTTP/1.1\r\nX: a\u0001b\r\n\r\n", "HPE_INVALID_HEADER_TOKEN", "Invalid header value char", 20},
            {"GET / HTP/1.1\r\n\r\n", "HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/", 8},
            {"GET / HTTP/1.x\r\n\r\n", "HPE_INVALID_VERSION", "Invalid minor version", 13},
            {"GET / HTTP/3.1\r\n\r\n", "HPE_INVALID_VERSION", "Invalid HTTP version", 14},
            {"GET / HTTP/11\r\n\r\n", "HPE_INVALID_VERSION", "Expected dot", 12},
            {"GET / HTTP/1.1\nHost: x\n\n", "HPE_INVALID_VERSION", "Expected CRLF after version", 14},
            {"GET / HTTP/1.1\r\r\n\r\n", "HPE_STRICT", "Expected CRLF after version", 15},
            {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size", 47},
            {"POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n", "HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length", 33},
            {"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", "HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length", 52},
            {"POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", "HPE_INVALID_TRANSFER_ENCODING",
                "Transfer-Encoding can't be present with Content-Length", 55},
            {"GET /a b HTTP/1.1\r\n\r\n", "HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/", 7},
            {"GET / HTTP/1.1\r\n : x\r\n\r\n", "HPE_UNEXPECTED_SPACE", "Unexpected space after start line", 16},
            {"GET / HTTP/1.1\r\nHost:x\r\n folded\r\n\r\n", "HPE_INVALID_HEADER_TOKEN", "Unexpected whitespace after header value", 24},
            {"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", "HPE_INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`", 44},
            {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n", "HPE_STRICT", "Expected LF after chunk data", 55},
            {"\u0000GET / HTTP/1.1\r\n\r\n", "HPE_INVALID_METHOD", "Invalid method encountered", 0},
            {"GET /\u007fa HTTP/1.1\r\n\r\n", "HPE_INVALID_URL", "Invalid char in url path", 5},
            {"GET /\ta HTTP/1.1\r\n\r\n", "HPE_INVALID_URL", "Invalid characters in url", 5},
            {"GET / HTTP/1.1\r\nX: a\nb\r\n\r\n", "HPE_CR_EXPECTED", "Missing expected CR after header value", 20},
            {"GET / HTTP/1.1\r\nX: a\rb\r\n\r\n", "HPE_LF_EXPECTED", "Missing expected LF after header value", 21},
            {"GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\nGET /2 HTTP/1.1\r\n\r\n", "HPE_CLOSED_CONNECTION",
                "Data after `Connection: close`", 46},
            {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n", "HPE_INVALID_TRANSFER_ENCODING",
                "Invalid `Transfer-Encoding` header value", 36},
            {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\n", "HPE_INVALID_CHUNK_SIZE", "Chunk size overflow", 62},
        };
        List<String> wrong = new ArrayList<>();
        for (Object[] c : cases) {
            Recorder r = new Recorder();
            HttpParser p = new HttpParser(HttpParser.REQUEST, 16384, r);
            byte[] b = bytes((String) c[0]);
            String got = p.execute(b, 0, b.length) + " " + p.errorCode() + " " + p.errorReason() + " " + p.errorPos();
            String want = "-1 " + c[1] + " " + c[2] + " " + c[3];
            if (!got.equals(want)) wrong.add(c[0].toString().replace("\r\n", "|") + ": got " + got + ", want " + want);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void headerOverflowAndEofInTheMiddle() {
        HttpParser p = new HttpParser(HttpParser.REQUEST, 100, new Recorder());
        byte[] b = bytes("GET / HTTP/1.1\r\nX: " + "a".repeat(200) + "\r\n\r\n");
        assertEquals(-1, p.execute(b, 0, b.length));
        assertEquals("HPE_HEADER_OVERFLOW", p.errorCode());

        p = new HttpParser(HttpParser.REQUEST, 16384, new Recorder());
        b = bytes("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc");
        assertEquals(b.length, p.execute(b, 0, b.length));
        assertEquals(-1, p.finish());
        assertEquals("HPE_INVALID_EOF_STATE", p.errorCode());
    }
}
