// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.tls;

import io.netty.handler.ssl.NotSslRecordException;
import io.netty.handler.ssl.SslHandshakeTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import java.util.Map;

/**
 * A JSSE failure in OpenSSL's terms, as Node reports it: "CODE|message" with codes such as
 * ERR_SSL_WRONG_VERSION_NUMBER. Alerts map one to one; other JDK texts map by what they say.
 */
public final class TlsErrors {

    private static final Map<String, String[]> ALERTS = Map.ofEntries(
            Map.entry("handshake_failure", new String[] {"ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE", "0A000410", "sslv3 alert handshake failure"}),
            Map.entry("protocol_version", new String[] {"ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION", "0A00042E", "tlsv1 alert protocol version"}),
            Map.entry("bad_certificate", new String[] {"ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE", "0A000412", "sslv3 alert bad certificate"}),
            Map.entry("certificate_unknown", new String[] {"ERR_SSL_SSLV3_ALERT_CERTIFICATE_UNKNOWN", "0A000416", "sslv3 alert certificate unknown"}),
            Map.entry("certificate_required", new String[] {"ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED", "0A00045C", "tlsv13 alert certificate required"}),
            Map.entry("unknown_ca", new String[] {"ERR_SSL_TLSV1_ALERT_UNKNOWN_CA", "0A000418", "tlsv1 alert unknown ca"}),
            Map.entry("no_application_protocol", new String[] {"ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL", "0A000460", "tlsv1 alert no application protocol"}),
            Map.entry("decrypt_error", new String[] {"ERR_SSL_TLSV1_ALERT_DECRYPT_ERROR", "0A00041B", "tlsv1 alert decrypt error"}),
            Map.entry("internal_error", new String[] {"ERR_SSL_TLSV1_ALERT_INTERNAL_ERROR", "0A000438", "tlsv1 alert internal error"}),
            Map.entry("unrecognized_name", new String[] {"ERR_SSL_TLSV1_UNRECOGNIZED_NAME", "0A000458", "tlsv1 unrecognized name"}));

    private TlsErrors() {}

    public static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof javax.net.ssl.SSLException) && !(t instanceof NotSslRecordException)) {
            t = t.getCause();
        }
        if (t instanceof SslHandshakeTimeoutException) return "ERR_TLS_HANDSHAKE_TIMEOUT|TLS handshake timeout";
        if (t instanceof ClosedChannelException) {
            return "ECONNRESET|Client network socket disconnected before secure TLS connection was established";
        }
        if (t instanceof NotSslRecordException n) {
            String m = String.valueOf(n.getMessage());
            if (m.matches("(?s).*(474554|504f5354|50555420|48454144|44454c455445|4f5054494f4e53).*")) {
                return ssl("ERR_SSL_HTTP_REQUEST", "0A00009C", "http request");
            }
            return ssl("ERR_SSL_WRONG_VERSION_NUMBER", "0A00010B", "wrong version number");
        }
        String msg = String.valueOf(t.getMessage());
        String lower = msg.toLowerCase(Locale.ROOT);
        int alert = lower.indexOf("received fatal alert: ");
        if (alert >= 0) {
            String name = lower.substring(alert + 22).trim();
            String[] a = ALERTS.get(name);
            if (a != null) return ssl(a[0], a[1], a[2]);
        }
        if (lower.contains("no appropriate protocol") || lower.contains("unsupported protocol")
                || lower.contains("(protocol_version)")) {
            return ssl("ERR_SSL_UNSUPPORTED_PROTOCOL", "0A000102", "unsupported protocol");
        }
        if (lower.contains("no cipher suites in common") || lower.contains("no negotiable cipher")) {
            return ssl("ERR_SSL_NO_SHARED_CIPHER", "0A0000C1", "no shared cipher");
        }
        if (lower.contains("certificate_required") || lower.contains("empty client certificate chain")) {
            return ssl("ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE", "0A0000C7", "peer did not return a certificate");
        }
        if (lower.contains("no_application_protocol") || lower.contains("application protocol")) {
            return ssl("ERR_SSL_NO_APPLICATION_PROTOCOL", "0A000460", "no application protocol");
        }
        return "ERR_SSL_SSL_HANDSHAKE_FAILURE|" + msg;
    }

    private static String ssl(String code, String hex, String reason) {
        return code + "|error:" + hex + ":SSL routines::" + reason;
    }
}
