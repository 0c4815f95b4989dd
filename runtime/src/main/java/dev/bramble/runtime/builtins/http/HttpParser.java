// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.http;

import java.nio.charset.StandardCharsets;

/**
 * An HTTP/1.x message parser in the manner of llhttp (Node's parser): fed bytes as they arrive,
 * it reports the head, body pieces and the end of each message through {@link Listener}, keeps
 * going across pipelined messages, and stops with llhttp's error codes and reasons
 * (HPE_INVALID_METHOD "Invalid method encountered", ...) at the byte that is wrong.
 *
 * <p>Written here rather than taken from Netty's HttpObjectDecoder because Node's http needs what
 * that decoder does not give: the raw header names and their order, the bytes after an upgrade
 * left untouched, llhttp's error codes, and no per-message objects (measured in HttpParserTest).
 */
public final class HttpParser {

    public static final int REQUEST = 1;
    public static final int RESPONSE = 2;

    /** What the parser reports. {@link #onHeadersComplete} returns 0, or 1 to skip the body, or 2 for skip + upgrade. */
    public interface Listener {
        int onHeadersComplete(int major, int minor, String[] headers, int count, String method, String url,
                              int status, String reason, boolean upgrade, boolean keepAlive);

        void onBody(byte[] data, int offset, int length);

        void onMessageComplete(String[] trailers, int count);
    }

    static final String[] METHODS = {
        "DELETE", "GET", "HEAD", "POST", "PUT", "CONNECT", "OPTIONS", "TRACE", "COPY", "LOCK", "MKCOL", "MOVE",
        "PROPFIND", "PROPPATCH", "SEARCH", "UNLOCK", "BIND", "REBIND", "UNBIND", "ACL", "REPORT", "MKACTIVITY",
        "CHECKOUT", "MERGE", "M-SEARCH", "NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE", "PATCH", "PURGE", "MKCALENDAR",
        "LINK", "UNLINK", "SOURCE", "QUERY",
    };
    // Methods llhttp also knows (RTSP): a request may start like one and fail later, as in Node.
    private static final String[] PREFIXES = {"DESCRIBE", "ANNOUNCE", "SETUP", "PLAY", "PAUSE", "TEARDOWN",
        "GET_PARAMETER", "SET_PARAMETER", "REDIRECT", "RECORD", "FLUSH", "PRI"};

    private static final int START = 0, METHOD = 1, URL_SPACES = 2, URL = 3, VERSION = 4, VERSION_LF = 5,
            HEADER_START = 6, HEADER_NAME = 7, HEADER_OWS = 8, HEADER_VALUE = 9, HEADER_VALUE_LF = 10,
            HEADERS_LF = 11, BODY_IDENTITY = 12, BODY_EOF = 13, CHUNK_SIZE = 14, CHUNK_EXT = 15,
            CHUNK_SIZE_LF = 16, CHUNK_DATA = 17, CHUNK_DATA_CR = 18, CHUNK_DATA_LF = 19, CLOSED = 20,
            UPGRADED = 21, ERROR = 22, STATUS = 23, REASON = 24;

    private static final boolean[] TOKEN = new boolean[256];

    static {
        for (char c = '0'; c <= '9'; c++) TOKEN[c] = true;
        for (char c = 'a'; c <= 'z'; c++) TOKEN[c] = true;
        for (char c = 'A'; c <= 'Z'; c++) TOKEN[c] = true;
        for (char c : "!#$%&'*+-.^_`|~".toCharArray()) TOKEN[c] = true;
    }

    private final int type;
    private final Listener listener;
    private int maxHeaderSize;

    private int state = START;
    private final byte[] scratch = new byte[256];
    private byte[] buf = scratch;
    private int bufLen;
    private int headerBytes;
    private int versionPos;
    private int major, minor, status;
    private String method, url, reason;
    private String[] headers = new String[32];
    private int headerCount;
    private boolean trailers;
    private long contentLength = -1;
    private long remaining;
    private boolean chunked, hasTransferEncoding, connClose, connKeepAlive, connUpgrade, hasUpgrade;
    private boolean firstHeaderLine;
    private boolean skipBody;
    private boolean sawDigit;
    private boolean messageKeepAlive;
    private boolean urlQuery, urlFragment;
    private int valuePos;
    private String errorCode, errorReason;
    private int errorPos;
    private long total;

    public HttpParser(int type, int maxHeaderSize, Listener listener) {
        this.type = type;
        this.maxHeaderSize = maxHeaderSize;
        this.listener = listener;
    }

    public String errorCode() { return errorCode; }

    public String errorReason() { return errorReason; }

    /** Offset of the bad byte within the last {@link #execute} call's data. */
    public int errorPos() { return errorPos; }

    public boolean upgraded() { return state == UPGRADED; }

    public void setMaxHeaderSize(int n) { maxHeaderSize = n; }

    /** Back to the start (a parser reused for another connection). */
    public void reset() {
        state = START;
        errorCode = errorReason = null;
        total = 0;
        resetMessage();
    }

    private void resetMessage() {
        bufLen = 0;
        headerBytes = 0;
        method = url = reason = null;
        major = minor = status = 0;
        headerCount = 0;
        trailers = false;
        contentLength = -1;
        chunked = hasTransferEncoding = connClose = connKeepAlive = connUpgrade = hasUpgrade = false;
        firstHeaderLine = true;
        skipBody = false;
        urlQuery = urlFragment = false;
    }

    private int fail(String code, String why, int pos) {
        state = ERROR;
        errorCode = code;
        errorReason = why;
        errorPos = pos;
        return -1;
    }

    /** Parses; returns the bytes consumed (less than {@code len} after an upgrade) or -1 on error. */
    public int execute(byte[] data, int off, int len) {
        int end = off + len;
        int p = off;
        for (; p < end; p++) {
            int c = data[p] & 0xff;
            if (state <= HEADERS_LF || state == STATUS || state == REASON) {
                if (++headerBytes > maxHeaderSize) return fail("HPE_HEADER_OVERFLOW", "Header overflow", p - off);
            }
            switch (state) {
                case START -> {
                    if (c == '\r' || c == '\n') {
                        headerBytes = 0;
                        continue;
                    }
                    resetMessage();
                    headerBytes = 1;
                    if (type == RESPONSE) {
                        state = VERSION;
                        versionPos = 0;
                        p--;
                        headerBytes = 0;
                        continue;
                    }
                    if (!isMethodPrefix(c, 0)) return fail("HPE_INVALID_METHOD", "Invalid method encountered", p - off);
                    append(c);
                    state = METHOD;
                }
                case METHOD -> {
                    if (c == ' ') {
                        method = lookupMethod();
                        if (method == null) return fail("HPE_INVALID_METHOD", "Invalid method encountered", p - off);
                        bufLen = 0;
                        state = URL_SPACES;
                    } else if (c == '\r' || c == '\n') {
                        return fail("HPE_INVALID_METHOD", "Expected space after method", p - off);
                    } else {
                        if (!isMethodPrefix(c, bufLen)) return fail("HPE_INVALID_METHOD", "Invalid method encountered", p - off);
                        append(c);
                    }
                }
                case URL_SPACES -> {
                    if (c == ' ') continue;
                    state = URL;
                    p--;
                    headerBytes--;
                }
                case URL -> {
                    if (c == ' ') {
                        url = string();
                        state = VERSION;
                        versionPos = 0;
                    } else if (c < 0x21 || c == 0x7f || c > 0x7e) {
                        if (c == '\r' || c == '\n' || c < 0x20) {
                            return fail("HPE_INVALID_URL", "Invalid characters in url", p - off);
                        }
                        String part = urlFragment ? "fragment" : urlQuery ? "query" : "path";
                        return fail("HPE_INVALID_URL", "Invalid char in url " + part, p - off);
                    } else {
                        if (c == '?') urlQuery = true;
                        if (c == '#') urlFragment = true;
                        append(c);
                    }
                }
                case VERSION -> {
                    int r = version(c, p - off);
                    if (r < 0) return -1;
                }
                case VERSION_LF -> {
                    if (c != '\n') {
                        return fail("HPE_STRICT", type == REQUEST ? "Expected CRLF after version" : "Expected LF after response line", p - off);
                    }
                    state = HEADER_START;
                }
                case STATUS -> {
                    if (c >= '0' && c <= '9') {
                        if (++versionPos > 3) return fail("HPE_INVALID_STATUS", "Invalid status code", p - off);
                        status = status * 10 + (c - '0');
                    } else if (c == ' ' && versionPos == 3) {
                        state = REASON;
                    } else if (c == '\r' && versionPos == 3) {
                        reason = "";
                        state = VERSION_LF;
                    } else {
                        return fail("HPE_INVALID_STATUS", "Invalid status code", p - off);
                    }
                }
                case REASON -> {
                    if (c == '\r') {
                        reason = string();
                        state = VERSION_LF;
                    } else if (c == '\n') {
                        reason = string();
                        state = HEADER_START;
                    } else {
                        append(c);
                    }
                }
                case HEADER_START -> {
                    if (c == '\r') {
                        state = HEADERS_LF;
                    } else if (c == ' ' || c == '\t') {
                        if (firstHeaderLine) return fail("HPE_UNEXPECTED_SPACE", "Unexpected space after start line", p - off);
                        return fail("HPE_INVALID_HEADER_TOKEN", "Unexpected whitespace after header value", p - off);
                    } else if (c == '\n') {
                        return fail("HPE_CR_EXPECTED", "Missing expected CR after header value", p - off);
                    } else if (TOKEN[c]) {
                        firstHeaderLine = false;
                        bufLen = 0;
                        append(c);
                        state = HEADER_NAME;
                    } else {
                        return fail("HPE_INVALID_HEADER_TOKEN", "Invalid header token", p - off);
                    }
                }
                case HEADER_NAME -> {
                    if (c == ':') {
                        addHeaderPart(string());
                        state = HEADER_OWS;
                    } else if (TOKEN[c]) {
                        append(c);
                    } else {
                        return fail("HPE_INVALID_HEADER_TOKEN", "Invalid header token", p - off);
                    }
                }
                case HEADER_OWS -> {
                    if (c == ' ' || c == '\t') continue;
                    valuePos = p - off;
                    state = HEADER_VALUE;
                    p--;
                    headerBytes--;
                }
                case HEADER_VALUE -> {
                    if (c == '\r') {
                        state = HEADER_VALUE_LF;
                    } else if (c == '\n') {
                        return fail("HPE_CR_EXPECTED", "Missing expected CR after header value", p - off);
                    } else if (c == '\t' || c >= 0x20 && c != 0x7f) {
                        append(c);
                    } else {
                        return fail("HPE_INVALID_HEADER_TOKEN", "Invalid header value char", p - off);
                    }
                }
                case HEADER_VALUE_LF -> {
                    if (c != '\n') return fail("HPE_LF_EXPECTED", "Missing expected LF after header value", p - off);
                    int n = bufLen;
                    while (n > 0 && (buf[n - 1] == ' ' || buf[n - 1] == '\t')) n--;
                    bufLen = n;
                    String value = string();
                    addHeaderPart(value);
                    // llhttp reports a bad Content-Length or Transfer-Encoding where its value starts.
                    if (!trailers && headerSemantics(headers[headerCount - 2], value, Math.max(0, valuePos)) < 0) return -1;
                    state = HEADER_START;
                }
                case HEADERS_LF -> {
                    if (c != '\n') return fail("HPE_STRICT", "Expected LF after headers", p - off);
                    if (trailers) {
                        complete();
                        continue;
                    }
                    int r = headersComplete(p - off);
                    if (r < 0) return -1;
                    if (state == UPGRADED) return p + 1 - off;
                }
                case BODY_IDENTITY -> {
                    int n = (int) Math.min(remaining, end - p);
                    listener.onBody(data, p, n);
                    remaining -= n;
                    p += n - 1;
                    if (remaining == 0) complete();
                }
                case BODY_EOF -> {
                    listener.onBody(data, p, end - p);
                    p = end - 1;
                }
                case CHUNK_SIZE -> {
                    int d = hex(c);
                    if (d >= 0) {
                        if (remaining > (Long.MAX_VALUE >> 4)) return fail("HPE_INVALID_CHUNK_SIZE", "Chunk size overflow", p - off);
                        remaining = remaining * 16 + d;
                        sawDigit = true;
                    } else if (sawDigit && c == ';') {
                        state = CHUNK_EXT;
                    } else if (sawDigit && c == '\r') {
                        state = CHUNK_SIZE_LF;
                    } else {
                        return fail("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size", p - off);
                    }
                }
                case CHUNK_EXT -> {
                    if (c == '\r') state = CHUNK_SIZE_LF;
                    else if (c == '\n' || (c < 0x20 && c != '\t') || c == 0x7f) {
                        return fail("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk extensions", p - off);
                    }
                }
                case CHUNK_SIZE_LF -> {
                    if (c != '\n') return fail("HPE_STRICT", "Expected LF after chunk size", p - off);
                    if (remaining == 0) {
                        trailers = true;
                        headerCount = 0;
                        headerBytes = 0;
                        firstHeaderLine = false;
                        state = HEADER_START;
                    } else {
                        state = CHUNK_DATA;
                    }
                }
                case CHUNK_DATA -> {
                    int n = (int) Math.min(remaining, end - p);
                    listener.onBody(data, p, n);
                    remaining -= n;
                    p += n - 1;
                    if (remaining == 0) state = CHUNK_DATA_CR;
                }
                case CHUNK_DATA_CR -> {
                    if (c != '\r') return fail("HPE_STRICT", "Expected LF after chunk data", p - off);
                    state = CHUNK_DATA_LF;
                }
                case CHUNK_DATA_LF -> {
                    if (c != '\n') return fail("HPE_STRICT", "Expected LF after chunk data", p - off);
                    startChunk();
                }
                case CLOSED -> {
                    if (c == '\r' || c == '\n') continue;
                    if (type == RESPONSE) return end - off;
                    return fail("HPE_CLOSED_CONNECTION", "Data after `Connection: close`", p - off);
                }
                case UPGRADED -> {
                    return p - off;
                }
                default -> {
                    return fail(errorCode == null ? "HPE_INTERNAL" : errorCode, errorReason, p - off);
                }
            }
        }
        total += len;
        return len;
    }

    /** The end of the input: ends a body that runs to EOF; 0, or -1 if a message was cut short. */
    public int finish() {
        switch (state) {
            case BODY_EOF -> {
                complete();
                return 0;
            }
            case START, CLOSED, UPGRADED -> {
                return 0;
            }
            case ERROR -> {
                // Already reported by execute(); llhttp's finish() is quiet then too.
                return 0;
            }
            default -> {
                return fail("HPE_INVALID_EOF_STATE", "Invalid EOF state", 0);
            }
        }
    }

    private int version(int c, int pos) {
        int i = versionPos++;
        if (i < 5) {
            if (c != "HTTP/".charAt(i)) {
                return fail("HPE_INVALID_CONSTANT", type == REQUEST ? "Expected HTTP/, RTSP/ or ICE/" : "Expected HTTP/", pos);
            }
        } else if (i == 5) {
            if (c < '0' || c > '9') return fail("HPE_INVALID_VERSION", "Invalid major version", pos);
            major = c - '0';
        } else if (i == 6) {
            if (c != '.') return fail("HPE_INVALID_VERSION", "Expected dot", pos);
        } else if (i == 7) {
            if (c < '0' || c > '9') return fail("HPE_INVALID_VERSION", "Invalid minor version", pos);
            minor = c - '0';
        } else if (type == REQUEST) {
            if (c != '\r') return fail("HPE_INVALID_VERSION", "Expected CRLF after version", pos);
            if (!validVersion()) return fail("HPE_INVALID_VERSION", "Invalid HTTP version", pos);
            state = VERSION_LF;
        } else {
            if (c != ' ') return fail("HPE_INVALID_VERSION", "Expected space after version", pos);
            if (!validVersion()) return fail("HPE_INVALID_VERSION", "Invalid HTTP version", pos);
            state = STATUS;
            versionPos = 0;
            bufLen = 0;
        }
        return 0;
    }

    private boolean validVersion() {
        return (major == 1 && (minor == 0 || minor == 1)) || (major == 0 && minor == 9) || (major == 2 && minor == 0);
    }

    private int headerSemantics(String name, String value, int pos) {
        switch (name.length()) {
            case 14 -> {
                if (!name.equalsIgnoreCase("content-length")) return 0;
                if (contentLength >= 0) return fail("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length", pos);
                if (hasTransferEncoding) {
                    return fail("HPE_UNEXPECTED_CONTENT_LENGTH", "Content-Length can't be present with Transfer-Encoding", pos);
                }
                if (value.isEmpty()) return fail("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length", pos);
                long n = 0;
                for (int i = 0; i < value.length(); i++) {
                    char ch = value.charAt(i);
                    if (ch < '0' || ch > '9') return fail("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length", pos);
                    if (n > (Long.MAX_VALUE - 9) / 10) return fail("HPE_INVALID_CONTENT_LENGTH", "Content-Length overflow", pos);
                    n = n * 10 + (ch - '0');
                }
                contentLength = n;
            }
            case 17 -> {
                if (!name.equalsIgnoreCase("transfer-encoding")) return 0;
                if (contentLength >= 0 && type == REQUEST) {
                    return fail("HPE_INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length", pos);
                }
                if (chunked && type == REQUEST) {
                    return fail("HPE_INVALID_TRANSFER_ENCODING", "Invalid `Transfer-Encoding` header value", pos);
                }
                hasTransferEncoding = true;
                String[] codings = value.split(",");
                chunked = false;
                for (int i = 0; i < codings.length; i++) {
                    boolean isChunked = codings[i].trim().equalsIgnoreCase("chunked");
                    if (isChunked && i < codings.length - 1 && type == REQUEST) {
                        return fail("HPE_INVALID_TRANSFER_ENCODING", "Invalid `Transfer-Encoding` header value", pos);
                    }
                    chunked = isChunked;
                }
            }
            case 10 -> {
                if (!name.equalsIgnoreCase("connection")) return 0;
                for (String token : value.split(",")) {
                    String t = token.trim();
                    if (t.equalsIgnoreCase("close")) connClose = true;
                    else if (t.equalsIgnoreCase("keep-alive")) connKeepAlive = true;
                    else if (t.equalsIgnoreCase("upgrade")) connUpgrade = true;
                }
            }
            case 7 -> {
                if (name.equalsIgnoreCase("upgrade")) hasUpgrade = true;
            }
            default -> {
                return 0;
            }
        }
        return 0;
    }

    private int headersComplete(int pos) {
        if (type == REQUEST && hasTransferEncoding && !chunked) {
            return fail("HPE_INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`", pos + 1);
        }
        boolean upgrade = type == REQUEST
                ? "CONNECT".equals(method) || (hasUpgrade && connUpgrade)
                : status == 101;
        // An upgrade request with a body is read as an ordinary request.
        if (upgrade && type == REQUEST && !"CONNECT".equals(method) && (chunked || contentLength > 0)) upgrade = false;
        int skip = listener.onHeadersComplete(major, minor, headers, headerCount, method, url, status, reason,
                upgrade, keepAlive());
        if (state == ERROR) return -1;
        if (skip == 2) upgrade = true;
        skipBody = skip != 0;
        messageKeepAlive = keepAlive();
        boolean noBody = skipBody || (type == RESPONSE && (status / 100 == 1 || status == 204 || status == 304));
        if (upgrade) {
            listener.onMessageComplete(headers, 0);
            state = UPGRADED;
            return 0;
        }
        if (noBody) {
            complete();
        } else if (chunked) {
            startChunk();
        } else if (contentLength > 0) {
            remaining = contentLength;
            state = BODY_IDENTITY;
        } else if (contentLength == 0 || type == REQUEST) {
            complete();
        } else {
            messageKeepAlive = false;
            state = BODY_EOF;
        }
        return 0;
    }

    private boolean keepAlive() {
        if (major > 0 && minor > 0 || major > 1) {
            if (connClose) return false;
        } else if (!connKeepAlive) {
            return false;
        }
        if (type == RESPONSE && !chunked && contentLength < 0 && !(status / 100 == 1 || status == 204 || status == 304)
                && !skipBody) {
            return false;
        }
        return true;
    }

    private void startChunk() {
        remaining = 0;
        sawDigit = false;
        state = CHUNK_SIZE;
    }

    private void complete() {
        String[] t = trailers ? headers : null;
        int n = trailers ? headerCount : 0;
        boolean keep = messageKeepAlive;
        state = keep ? START : CLOSED;
        listener.onMessageComplete(t, n);
        if (state == START || state == CLOSED) resetMessage();
    }

    private void addHeaderPart(String s) {
        if (headerCount == headers.length) headers = java.util.Arrays.copyOf(headers, headers.length * 2);
        headers[headerCount++] = s;
        bufLen = 0;
    }

    private void append(int c) {
        if (bufLen == buf.length) buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        buf[bufLen++] = (byte) c;
    }

    private String string() {
        String s = new String(buf, 0, bufLen, StandardCharsets.ISO_8859_1);
        bufLen = 0;
        if (buf.length > 4096) buf = scratch;
        return s;
    }

    private String lookupMethod() {
        for (String m : METHODS) {
            if (m.length() == bufLen && matches(m)) return m;
        }
        return null;
    }

    private boolean matches(String m) {
        for (int i = 0; i < bufLen; i++) if (buf[i] != m.charAt(i)) return false;
        return true;
    }

    private boolean isMethodPrefix(int c, int index) {
        for (String m : METHODS) if (prefix(m, c, index)) return true;
        for (String m : PREFIXES) if (prefix(m, c, index)) return true;
        return false;
    }

    private boolean prefix(String m, int c, int index) {
        if (m.length() <= index || m.charAt(index) != c) return false;
        for (int i = 0; i < index; i++) if (buf[i] != m.charAt(i)) return false;
        return true;
    }

    private static int hex(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
}
